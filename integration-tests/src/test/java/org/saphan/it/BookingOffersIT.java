package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/bookings/{reference}/offers} against the real EAR: a booking offered to three interpreters, one of
 * whom declines, one lets the offer run out (the offer clock expires it) and one still holds it; then the
 * coordinator assigns by hand and the held offer is withdrawn. Only coordinators see it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingOffersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private static Map<String, JsonObject> byUsername(JsonObject offers) {
        return offers.getJsonArray("offers").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                o -> o.getJsonObject("interpreter").getString("name").replace("Test Interpreter ", ""),
                Function.identity()));
    }

    @Test
    void whoHoldsWhoDeclinedWhoLetItExpire() throws Exception {
        Pool.Interpreter decliner = Pool.interpreter("it-offers-1", "kjp", "Mae Hong Son", "FEMALE", false);
        Pool.Interpreter sleeper = Pool.interpreter("it-offers-2", "kjp", "Mae Hong Son", "FEMALE", false);
        Pool.Interpreter holder = Pool.interpreter("it-offers-3", "kjp", "Mae Hong Son", "FEMALE", false);
        String somchai = Tokens.password("somchai");
        String ploy = Pool.coordinator();
        Instant start = Pool.daysAhead(12, 3, 0);
        String ref = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE", start, 90, "kjp", "Mae Hong Son",
                "IT-OFR-0001")).getString("reference");

        // the first wave reaches all three
        Map<String, JsonObject> first = byUsername(Http.get("/api/bookings/" + ref + "/offers", ploy).json());
        assertEquals(List.of("it-offers-1", "it-offers-2", "it-offers-3"), first.keySet().stream().sorted().toList());
        first.values().forEach(o -> assertEquals("OPEN", o.getString("status"), o.toString()));

        long declined = Pool.offerFor(decliner, start, "kjp");
        assertEquals(204, Http.post("/api/offers/" + declined + "/decline", decliner.token(),
                "{\"reason\":\"too far to travel that day\"}").status());
        long expiring = Pool.offerFor(sleeper, start, "kjp");
        try (Connection c = DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it",
                "saphan-it");
                PreparedStatement s = c.prepareStatement(
                        "UPDATE offer SET expires_at = TIMESTAMPADD(SECOND, -1, UTC_TIMESTAMP(3)) WHERE id = ?")) {
            s.setLong(1, expiring);
            assertEquals(1, s.executeUpdate());
        }
        // the offer clock ticks every 10 seconds
        Map<String, JsonObject> now = Map.of();
        for (int i = 0; i < 60; i++) {
            now = byUsername(Http.get("/api/bookings/" + ref + "/offers", ploy).json());
            if ("EXPIRED".equals(now.get("it-offers-2").getString("status"))) {
                break;
            }
            Thread.sleep(500);
        }
        JsonObject d = now.get("it-offers-1");
        assertEquals("DECLINED", d.getString("status"), d.toString());
        assertEquals("too far to travel that day", d.getString("declineReason"));
        assertTrue(Instant.parse(d.getString("answeredAt")).isAfter(Instant.parse(d.getString("offeredAt"))));
        assertEquals(decliner.id(), d.getJsonObject("interpreter").getJsonNumber("id").longValue());
        JsonObject e = now.get("it-offers-2");
        assertEquals("EXPIRED", e.getString("status"), e.toString());
        assertFalse(e.containsKey("declineReason"));
        JsonObject h = now.get("it-offers-3");
        assertEquals("OPEN", h.getString("status"), h.toString());
        assertTrue(Instant.parse(h.getString("expiresAt")).isAfter(Instant.now()), h.toString());
        assertEquals(1, h.getInt("wave"));

        // assigned by hand: the held offer is withdrawn
        Http.Answer assigned = Http.post("/api/bookings/" + ref + "/assign", ploy,
                "{\"interpreterId\":" + holder.id() + ",\"reason\":\"she knows the shelter\"}");
        assertEquals(200, assigned.status(), assigned.body());
        JsonObject after = Http.get("/api/bookings/" + ref + "/offers", ploy).json();
        assertEquals("ASSIGNED", after.getString("status"));
        assertEquals("WITHDRAWN", byUsername(after).get("it-offers-3").getString("status"));
    }

    @Test
    void onlyCoordinatorsSeeOffers() {
        String somchai = Tokens.password("somchai");
        // other test classes share the pool and speak every language; none declares the gender OTHER, which this
        // booking requires, so nobody qualifies whatever ran before
        String ref = Pool.create(somchai, Pool.booking("SCHEDULED", "REMOTE", Pool.daysAhead(14, 3, 0), 60, "ben",
                "Bangkok", "IT-OFR-0002").replace("\"otherLanguage\"",
                        "\"interpreterGender\":{\"value\":\"OTHER\",\"required\":true},\"otherLanguage\""))
                .getString("reference");
        Http.Answer requester = Http.get("/api/bookings/" + ref + "/offers", somchai);
        assertEquals(403, requester.status(), requester.body());
        assertEquals(403, Http.get("/api/bookings/" + ref + "/offers", Tokens.password("aung")).status());
        assertEquals(401, Http.get("/api/bookings/" + ref + "/offers", null).status());
        String ploy = Pool.coordinator();
        JsonObject none = Http.get("/api/bookings/" + ref + "/offers", ploy).json();
        assertEquals(0, none.getJsonArray("offers").size(), "nobody qualifies: no offers");
        Http.Answer missing = Http.get("/api/bookings/SPH-2026-999999/offers", ploy);
        assertEquals(404, missing.status());
        assertEquals("not-found", missing.error().getString("error"));
        assertEquals(404, Http.get("/api/bookings/not-a-reference/offers", ploy).status());
    }
}
