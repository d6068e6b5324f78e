package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back (issue 11, faults): Saphan on a MariaDB of its own, killed with {@code kill -9}
 * while a remote session is open. While it is down, API calls answer 503 {@code database-unavailable} within 2 s
 * instead of hanging, and the open room keeps relaying text and audio; once it is back, everything recovers by itself
 * and every booking that was acknowledged (201) is there.
 */
class DatabaseOutageIT {

    private static final int DB_PORT = 3397;
    private static final int OFFSET = 750;
    private static final Duration PROMPT = Duration.ofSeconds(2);

    private static String booking(String urgency, Instant start, String caseCode) {
        return Pool.booking(urgency, "REMOTE", start, 30, "ben", "Bangkok", caseCode);
    }

    private static String caseCode() {
        return "IT-DB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
    }

    /** The call's answer, and that it came within {@link #PROMPT}. */
    private static Http.Answer prompt(java.util.function.Supplier<Http.Answer> call, String what) {
        long t0 = System.nanoTime();
        Http.Answer a = call.get();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(millis <= PROMPT.toMillis(), what + " took " + millis + " ms");
        return a;
    }

    @Test
    void theDatabaseGoesAwayAndComesBack() throws Exception {
        try (FaultServer server = new FaultServer("db-outage", DB_PORT, OFFSET)) {
            server.startDatabase();
            server.startWildFly();
            String somchai = Tokens.password("somchai");
            String ploy = Pool.coordinator();

            // an interpreter of this server's own pool, on call, and a remote session in progress
            String username = "it-fault-db-01";
            Tokens.ensureInterpreterUser(username);
            Http.Answer profile = server.post("/api/interpreters", ploy,
                    """
                            {"username":"%s","name":"Test Interpreter %s","gender":"FEMALE",
                             "languages":[{"code":"ben","level":"NATIVE","certified":true},{"code":"tha","level":"FLUENT","certified":false}],
                             "specialisations":[],"provinces":["Bangkok"],"remote":true,
                             "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                               "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},"trainings":["VICTIM_CENTRED"]},
                             "conflicts":[],"status":"ACTIVE"}"""
                            .formatted(username, username));
            assertEquals(201, profile.status(), profile.body());
            String interpreter = Tokens.password(username);
            assertEquals(200, server.write("PUT", "/api/me/on-call", interpreter, "{\"onCall\":true}").status());
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String session = server.post("/api/bookings", somchai, booking("IMMEDIATE", now, caseCode())).json()
                    .getString("reference");
            JsonObject offer = server.get("/api/offers", interpreter).array().getJsonObject(0);
            assertEquals(200, server.post("/api/offers/" + offer.getJsonNumber("id").longValue() + "/accept",
                    interpreter, null).status());
            WsClient officer = server.connect("/gateway/sessions/" + session, ticket(server, somchai, session));
            officer.next("joined");
            WsClient heard = server.connect("/gateway/sessions/" + session, ticket(server, interpreter, session));
            heard.next("joined");

            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Http.Answer created = server.post("/api/bookings", somchai, booking("SCHEDULED",
                        Pool.daysAhead(20 + i, 3, 0), caseCode()));
                assertEquals(201, created.status(), created.body());
                acknowledged.add(created.json().getString("reference"));
            }

            server.killDatabase();

            for (int i = 0; i < 3; i++) {
                Http.Answer list = prompt(() -> server.get("/api/bookings", somchai), "a list while the DB is down");
                assertEquals(503, list.status(), list.body());
                assertEquals("database-unavailable", list.error().getString("error"));
                assertTrue(list.response().headers().firstValue("Retry-After").isPresent());
                Http.Answer create = prompt(() -> server.post("/api/bookings", somchai,
                        booking("SCHEDULED", Pool.daysAhead(30, 3, 0), caseCode())), "a booking while the DB is down");
                assertEquals(503, create.status(), create.body());
                assertEquals("database-unavailable", create.error().getString("error"));
            }
            Http.Answer health = prompt(() -> server.get("/api/health", null), "health while the DB is down");
            assertEquals(503, health.status(), health.body());

            // the room relays without the database
            officer.text("{\"type\":\"text\",\"body\":\"still here?\"}");
            assertEquals("still here?", heard.next("text").getString("body"));
            byte[] frame = {1, 2, 3, 4, 5, 6, 7, 8};
            heard.binary(frame);
            assertArrayEquals(frame, officer.binaries.poll(10, TimeUnit.SECONDS), "audio byte for byte");

            server.restartDatabase();
            FaultServer.waitFor(() -> server.get("/api/bookings", somchai).status() == 200, Duration.ofSeconds(60),
                    "the API to recover by itself");
            for (String reference : acknowledged) {
                Http.Answer found = server.get("/api/bookings/" + reference, somchai);
                assertEquals(200, found.status(), "acknowledged booking " + reference + " survived: " + found.body());
            }
            assertEquals(201, server.post("/api/bookings", somchai, booking("SCHEDULED", Pool.daysAhead(31, 3, 0),
                    caseCode())).status(), "new bookings are taken again");
            assertEquals(200, server.get("/api/health", null).status());
            officer.text("{\"type\":\"text\",\"body\":\"and after\"}");
            assertEquals("and after", heard.next("text").getString("body"));
            officer.close();
            heard.close();
        }
    }

    private static String ticket(FaultServer server, String token, String reference) {
        Http.Answer a = server.post("/api/gateway-tickets", token,
                "{\"channel\":\"session\",\"booking\":\"" + reference + "\"}");
        assertEquals(201, a.status(), a.body());
        return a.json().getString("ticket");
    }
}
