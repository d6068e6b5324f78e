package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * WildFly killed with {@code kill -9} during a burst of bookings and accepts (issue 11, faults): after the restart
 * every booking that was acknowledged (201) and every accept that was acknowledged (200) is there, no booking has two
 * assignments, and the confidentiality log verifies.
 */
class WildFlyCrashIT {

    private static final int DB_PORT = 3398;
    private static final int OFFSET = 760;

    @Test
    void acknowledgedWorkSurvivesAKill() throws Exception {
        try (FaultServer server = new FaultServer("wildfly-crash", DB_PORT, OFFSET)) {
            server.startDatabase();
            server.startWildFly();
            String somchai = Tokens.password("somchai");
            String ploy = Pool.coordinator();
            String[] tokens = new String[4];
            for (int i = 0; i < tokens.length; i++) {
                String username = "it-fault-crash-%02d".formatted(i + 1);
                server.interpreter(ploy, username, "cmn", "MALE");
                tokens[i] = Tokens.password(username);
                assertEquals(200, server.write("PUT", "/api/me/on-call", tokens[i], "{\"onCall\":true}").status());
            }

            Map<String, Boolean> bookedAt = new ConcurrentHashMap<>();
            Map<String, String> acceptedBy = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService burst = Executors.newFixedThreadPool(1 + tokens.length);
            burst.submit(() -> {
                int day = 0;
                while (!stop.get()) {
                    Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(40 + day / 8))
                            .plus(Duration.ofMinutes(90L * (day % 8)));
                    day++;
                    try {
                        Http.Answer a = server.post("/api/bookings", somchai, Pool.booking("SCHEDULED", "REMOTE",
                                start, 60, "cmn", "Bangkok", "IT-CR-" + UUID.randomUUID().toString().substring(0, 6)
                                        .toUpperCase() + "1"));
                        if (a.status() == 201) {
                            bookedAt.put(a.json().getString("reference"), true);
                        }
                    } catch (AssertionError e) {
                        // the server went away mid-request: not acknowledged
                    }
                }
                return null;
            });
            for (String token : tokens) {
                burst.submit(() -> {
                    while (!stop.get()) {
                        try {
                            for (JsonObject offer : server.get("/api/offers", token).array()
                                    .getValuesAs(JsonObject.class)) {
                                long id = offer.getJsonNumber("id").longValue();
                                Http.Answer a = server.post("/api/offers/" + id + "/accept", token, null);
                                if (a.status() == 200) {
                                    acceptedBy.put(a.json().getString("reference"), token);
                                }
                            }
                        } catch (AssertionError | RuntimeException e) {
                            Thread.sleep(50); // refused or gone: not acknowledged
                        }
                    }
                    return null;
                });
            }
            FaultServer.waitFor(() -> acceptedBy.size() >= 3 && bookedAt.size() >= 6, Duration.ofSeconds(90),
                    "a burst of bookings and accepts");
            server.killWildFly();
            stop.set(true);
            burst.shutdown();
            assertTrue(burst.awaitTermination(60, TimeUnit.SECONDS));

            server.startWildFly();
            for (String reference : bookedAt.keySet()) {
                assertEquals(200, server.get("/api/bookings/" + reference, somchai).status(),
                        "acknowledged booking " + reference + " exists after the restart");
            }
            for (Map.Entry<String, String> accepted : acceptedBy.entrySet()) {
                JsonObject seen = server.get("/api/bookings/" + accepted.getKey(), ploy).json();
                assertEquals("ASSIGNED", seen.getString("status"), accepted.getKey());
            }
            try (Connection c = server.database();
                    PreparedStatement twice = c.prepareStatement("SELECT COUNT(*) FROM (SELECT booking_reference "
                            + "FROM assignment GROUP BY booking_reference HAVING COUNT(*) > 1) t");
                    PreparedStatement each = c.prepareStatement("SELECT COUNT(*) FROM assignment "
                            + "WHERE booking_reference = ? AND released_at IS NULL")) {
                try (ResultSet rs = twice.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "no booking has two assignments");
                }
                for (String reference : acceptedBy.keySet()) {
                    each.setString(1, reference);
                    try (ResultSet rs = each.executeQuery()) {
                        rs.next();
                        assertEquals(1, rs.getInt(1), "the acknowledged accept of " + reference + " is stored");
                    }
                }
            }
            JsonObject verified = server.get("/api/audit/verify", ploy).json();
            assertTrue(verified.getBoolean("valid"), "the log verifies after the kill: " + verified);
            assertTrue(List.of(200, 201).contains(server.post("/api/bookings", somchai, Pool.booking("SCHEDULED",
                    "REMOTE", Pool.daysAhead(60, 3, 0), 60, "cmn", "Bangkok", "IT-CR-AFTER1")).status()));
        }
    }
}
