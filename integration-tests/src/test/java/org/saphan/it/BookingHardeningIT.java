package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holes in the booking flow found from outside (issue 11, items 2, 12, 13, 16 and 17), each driven through the
 * real API with real tokens against MariaDB. Each test has a language of its own (kjp, zsm, ind, ben, cmn) so that its
 * offers reach only its own interpreters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingHardeningIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private static String caseCode() {
        return "IT-HB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it", "saphan-it");
    }

    private static String offerStatus(long offer) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("SELECT status FROM offer WHERE id = ?")) {
            s.setLong(1, offer);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "offer " + offer);
                return rs.getString(1);
            }
        }
    }

    private static void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String status(String reference) {
        return Http.get("/api/bookings/" + reference, Pool.coordinator()).json().getString("status");
    }

    /** The rule that keeps the interpreter from the booking in the coordinator's candidates, or null. */
    private static String excludedBy(String reference, long interpreter) {
        JsonObject candidates = Http.get("/api/bookings/" + reference + "/candidates", Pool.coordinator()).json();
        return candidates.getJsonArray("excluded").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("interpreterId").longValue() == interpreter)
                .map(e -> e.getString("rule"))
                .findFirst()
                .orElse(null);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Item 2: a case is an agency's case code; another agency's case with the same code is neither touched nor told. */
    @Test
    void aCaseIsKeyedByAgencyAndCaseCode() {
        Pool.Interpreter first = Pool.interpreter("it-hb-kjp-01", "kjp", "Tak", "FEMALE", false);
        String anan = Tokens.password("anan"); // RTP-TAK
        String preecha = Tokens.password("preecha"); // RTP-RANONG
        String code = caseCode();
        Instant start = Pool.daysAhead(12, 3, 0);
        String ranong = Pool.create(preecha, Pool.booking("SCHEDULED", "REMOTE", start, 60, "kjp", "Bangkok", code))
                .getString("reference");
        // anan books with the same code: another agency's case, another person
        Pool.create(anan, Pool.booking("SCHEDULED", "REMOTE", start.plus(Duration.ofDays(1)), 60, "kjp", "Bangkok",
                code));

        Http.Answer excluded = Http.post("/api/cases/" + code + "/exclusions", anan,
                "{\"interpreterId\":" + first.id() + ",\"reason\":\"the person refused her\"}");
        assertEquals(201, excluded.status(), excluded.body());
        assertEquals("RTP-TAK", excluded.json().getString("agency"));
        assertEquals(null, excludedBy(ranong, first.id()), "RTP-TAK's exclusion does not reach RTP-RANONG's case");

        // the other agency's own exclusion is its own: no 409 that would tell an exclusion exists elsewhere
        Http.Answer theirs = Http.post("/api/cases/" + code + "/exclusions", preecha,
                "{\"interpreterId\":" + first.id() + ",\"reason\":\"recused\"}");
        assertEquals(201, theirs.status(), theirs.body());
        assertEquals("EXCLUDED_FOR_CASE", excludedBy(ranong, first.id()));
        Http.Answer again = Http.post("/api/cases/" + code + "/exclusions", anan,
                "{\"interpreterId\":" + first.id() + ",\"reason\":\"again\"}");
        assertEquals(409, again.status(), again.body());
        assertEquals("already-excluded", again.error().getString("error"));

        // an agency that never booked for the code gets the same 404 as for a code nobody uses
        Http.Answer nok = Http.post("/api/cases/" + code + "/exclusions", Tokens.password("nok"),
                "{\"interpreterId\":" + first.id() + ",\"reason\":\"x\"}");
        Http.Answer nobody = Http.post("/api/cases/" + caseCode() + "/exclusions", Tokens.password("nok"),
                "{\"interpreterId\":" + first.id() + ",\"reason\":\"x\"}");
        assertEquals(404, nok.status(), nok.body());
        assertEquals(404, nobody.status(), nobody.body());
        assertEquals(nok.error().getString("error"), nobody.error().getString("error"));

        // a coordinator says whose case it is when two agencies use the code
        Http.Answer ambiguous = Http.post("/api/cases/" + code + "/exclusions", Pool.coordinator(),
                "{\"interpreterId\":" + first.id() + ",\"reason\":\"x\"}");
        assertEquals(400, ambiguous.status(), ambiguous.body());
        assertEquals("agency", ambiguous.error().getString("field"));
    }

    /** Item 12: an exclusion withdraws the interpreter's open offer for the case at once. */
    @Test
    void anExclusionWithdrawsTheOpenOfferForTheCase() throws Exception {
        Pool.Interpreter zsm = Pool.interpreter("it-hb-zsm-01", "zsm", "Tak", "FEMALE", false);
        String nok = Tokens.password("nok");
        String code = caseCode();
        Instant start = Pool.daysAhead(13, 3, 0);
        Pool.create(nok, Pool.booking("SCHEDULED", "REMOTE", start, 60, "zsm", "Bangkok", code));
        long offer = Pool.offerFor(zsm, start, "zsm");

        Http.Answer feedTicket = Http.post("/api/gateway-tickets", zsm.token(), "{\"channel\":\"notifications\"}");
        assertEquals(201, feedTicket.status(), feedTicket.body());
        WsClient feed = WsClient.connect("/gateway/notifications", feedTicket.json().getString("ticket"));
        try {
            feed.next("offer"); // the open offer again on connecting
            Http.Answer excluded = Http.post("/api/cases/" + code + "/exclusions", nok,
                    "{\"interpreterId\":" + zsm.id() + ",\"reason\":\"the person refused her\"}");
            assertEquals(201, excluded.status(), excluded.body());
            assertEquals("WITHDRAWN", offerStatus(offer));
            JsonObject withdrawn = feed.next("offer-withdrawn");
            assertEquals(offer, withdrawn.getJsonNumber("offerId").longValue());
        } finally {
            feed.close();
        }
        assertTrue(Http.get("/api/offers", zsm.token()).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(o -> o.getJsonNumber("id").longValue() == offer), "nothing left to accept");
    }

    /** Item 12: an accepted job withdraws the interpreter's offers that now overlap it. */
    @Test
    void anAcceptWithdrawsTheInterpretersOverlappingOffers() throws Exception {
        Pool.Interpreter zsm = Pool.interpreter("it-hb-zsm-02", "zsm", "Tak", "MALE", false);
        String somchai = Tokens.password("somchai");
        Instant start = Pool.daysAhead(14, 3, 0);
        Instant overlapping = start.plus(Duration.ofMinutes(30));
        Pool.create(somchai, Pool.booking("SCHEDULED", "REMOTE", start, 60, "zsm", "Bangkok", caseCode()));
        Pool.create(somchai, Pool.booking("SCHEDULED", "REMOTE", overlapping, 60, "zsm", "Bangkok", caseCode()));
        long first = Pool.offerFor(zsm, start, "zsm");
        long second = Pool.offerFor(zsm, overlapping, "zsm");
        Http.Answer accepted = Http.post("/api/offers/" + first + "/accept", zsm.token(), null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("WITHDRAWN", offerStatus(second), "the overlapping offer could only fail on accept");
        assertTrue(Http.get("/api/offers", zsm.token()).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(o -> o.getJsonNumber("id").longValue() == second));
    }

    /** Item 13: an override never assigns onto an overlap or an exclusion; every override waits for review. */
    @Test
    void anOverrideKeepsWhatMustNotBreakAndIsReviewedByAnotherCoordinator() {
        Pool.Interpreter ind = Pool.interpreter("it-hb-ind-01", "ind", "Tak", "FEMALE", false);
        String somchai = Tokens.password("somchai");
        String ploy = Pool.coordinator();
        Instant start = Pool.daysAhead(15, 3, 0);
        String code = caseCode();
        String taken = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE", start, 120, "ind", "Tak", code))
                .getString("reference");
        long offer = Pool.offerFor(ind, start, "ind");
        assertEquals(200, Http.post("/api/offers/" + offer + "/accept", ind.token(), null).status());

        String atTheSameTime = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE",
                start.plus(Duration.ofMinutes(30)), 60, "ind", "Tak", caseCode())).getString("reference");
        Http.Answer twoPlaces = Http.post("/api/bookings/" + atTheSameTime + "/assign", ploy,
                "{\"interpreterId\":" + ind.id() + ",\"reason\":\"only one left\",\"override\":true}");
        assertEquals(422, twoPlaces.status(), twoPlaces.body());
        assertEquals("not-overridable", twoPlaces.error().getString("error"));
        assertTrue(twoPlaces.body().contains("OVERLAP"), twoPlaces.body());

        String sameCase = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE", start.plus(Duration.ofDays(1)),
                60, "ind", "Tak", code)).getString("reference");
        assertEquals(201, Http.post("/api/cases/" + code + "/exclusions", somchai,
                "{\"interpreterId\":" + ind.id() + ",\"reason\":\"the person refused her\"}").status());
        Http.Answer ontoExclusion = Http.post("/api/bookings/" + sameCase + "/assign", ploy,
                "{\"interpreterId\":" + ind.id() + ",\"reason\":\"she knows the case\",\"override\":true}");
        assertEquals(422, ontoExclusion.status(), ontoExclusion.body());
        assertTrue(ontoExclusion.body().contains("EXCLUDED_FOR_CASE"), ontoExclusion.body());
        assertEquals("OFFERED", status(sameCase), "nothing was assigned");

        // what a person can weigh may be overridden: a province it does not serve
        String ranong = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE", start.plus(Duration.ofDays(2)),
                60, "ind", "Ranong", caseCode())).getString("reference");
        Http.Answer weighed = Http.post("/api/bookings/" + ranong + "/assign", ploy,
                "{\"interpreterId\":" + ind.id() + ",\"reason\":\"she will travel\",\"override\":true}");
        assertEquals(200, weighed.status(), weighed.body());
        JsonObject pending = Http.get("/api/overrides", ploy).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("reference").equals(ranong)).findFirst()
                .orElseThrow(() -> new AssertionError("the override is on the review list"));
        assertEquals("PROVINCE", pending.getString("rule"));
        assertEquals(409, Http.post("/api/overrides/" + ranong + "/review", ploy, "{\"note\":\"fine\"}").status(),
                "not by the coordinator who made it");
        assertEquals(403, Http.post("/api/overrides/" + ranong + "/review", somchai, null).status());
        Http.Answer reviewed = Http.post("/api/overrides/" + ranong + "/review", Tokens.password("wichai"),
                "{\"note\":\"travel agreed\"}");
        assertEquals(200, reviewed.status(), reviewed.body());
        assertTrue(Http.get("/api/overrides", ploy).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(o -> o.getString("reference").equals(ranong)), "reviewed: off the pending list");
        assertTrue(Http.get("/api/overrides?pending=false", ploy).body().contains(ranong));
        assertEquals("ASSIGNED", status(taken));
    }

    /** Item 16: check-in and check-out with actual times, the requester's confirmation, and the no-shows. */
    @Test
    void anOnSiteBookingEndsWithCheckInCheckOutAndConfirmation() throws Exception {
        Pool.Interpreter ben = Pool.interpreter("it-hb-ben-01", "ben", "Bangkok", "MALE", true);
        String kanya = Tokens.password("kanya");
        Instant start = now();
        String reference = Pool.create(kanya, Pool.booking("IMMEDIATE", "ON_SITE", start, 60, "ben", "Bangkok",
                caseCode())).getString("reference");
        long offer = Pool.offerFor(ben, start, "ben");
        assertEquals(200, Http.post("/api/offers/" + offer + "/accept", ben.token(), null).status());

        assertEquals(404, Http.post("/api/bookings/" + reference + "/check-in", Tokens.password("aung"), null)
                .status(), "only the assigned interpreter checks in");
        assertEquals(200, Http.post("/api/bookings/" + reference + "/acknowledgement", ben.token(), null).status());
        Instant arrived = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        Http.Answer in = Http.post("/api/bookings/" + reference + "/check-in", ben.token(),
                "{\"at\":\"" + arrived + "\"}");
        assertEquals(200, in.status(), in.body());
        assertEquals("IN_PROGRESS", in.json().getString("status"));
        assertEquals(arrived.toString(), in.json().getString("checkedInAt"));
        assertEquals(400, Http.post("/api/bookings/" + reference + "/check-out", ben.token(),
                "{\"at\":\"tomorrow\"}").status());
        Http.Answer out = Http.post("/api/bookings/" + reference + "/check-out", ben.token(), null);
        assertEquals(200, out.status(), out.body());
        assertEquals("ENDED_UNCONFIRMED", out.json().getString("status"));
        assertEquals("ENDED_UNCONFIRMED", status(reference), "coordinators see it ended, unconfirmed");

        assertEquals(404, Http.post("/api/bookings/" + reference + "/confirmation", Tokens.password("anan"), null)
                .status(), "another agency's requester");
        Http.Answer confirmed = Http.post("/api/bookings/" + reference + "/confirmation", kanya, null);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("COMPLETED", confirmed.json().getString("status"));
        assertTrue(confirmed.json().containsKey("confirmedAt"));
        assertEquals(409, Http.post("/api/bookings/" + reference + "/confirmation", kanya, null).status());

        // the interpreter never came: the requester says so, and the job does not count for it
        Pool.Interpreter other = Pool.interpreter("it-hb-ben-02", "ben", "Bangkok", "FEMALE", true);
        Instant next = now();
        String missed = Pool.create(kanya, Pool.booking("IMMEDIATE", "ON_SITE", next, 60, "ben", "Bangkok",
                caseCode())).getString("reference");
        long otherOffer = Pool.offerFor(other, next, "ben");
        assertEquals(200, Http.post("/api/offers/" + otherOffer + "/accept", other.token(), null).status());
        assertEquals(400, Http.post("/api/bookings/" + missed + "/no-show", kanya, "{}").status(),
                "a no-show needs a reason");
        Http.Answer noShow = Http.post("/api/bookings/" + missed + "/no-show", kanya,
                "{\"reason\":\"nobody came in 20 minutes\"}");
        assertEquals(200, noShow.status(), noShow.body());
        assertEquals("NO_SHOW", noShow.json().getString("status"));
        assertEquals("INTERPRETER", noShow.json().getString("absentParty"));
        try (Connection c = db();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM audit_entry WHERE object_id = ? AND action IN ('BOOKING_CHECK_IN', "
                                + "'BOOKING_CHECK_OUT', 'BOOKING_CONFIRM', 'BOOKING_NO_SHOW') AND outcome = 'ALLOWED'")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(3, rs.getInt(1), "check-in, check-out and confirmation are in the log");
            }
        }
    }

    /** Item 16: a booking whose time is long over without a check-out is marked ended, unconfirmed, by Saphan. */
    @Test
    void aBookingThatStartedYesterdayEndsUnconfirmed() throws Exception {
        Pool.Interpreter cmn = Pool.interpreter("it-hb-cmn-01", "cmn", "Tak", "FEMALE", false);
        String somchai = Tokens.password("somchai");
        Instant start = Pool.daysAhead(16, 3, 0);
        String reference = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE", start, 90, "cmn", "Tak",
                caseCode())).getString("reference");
        long offer = Pool.offerFor(cmn, start, "cmn");
        assertEquals(200, Http.post("/api/offers/" + offer + "/accept", cmn.token(), null).status());
        // as if it had been booked for yesterday: the API refuses a start in the past, so the test moves it
        Instant yesterday = now().minus(Duration.ofDays(1));
        sql("UPDATE booking SET starts_at = ? WHERE reference = ?", java.sql.Timestamp.from(yesterday), reference);
        sql("UPDATE assignment SET starts_at = ?, ends_at = ? WHERE booking_reference = ?",
                java.sql.Timestamp.from(yesterday), java.sql.Timestamp.from(yesterday.plus(Duration.ofMinutes(90))),
                reference);
        // a booking written into a closed day outside the application: the coverage roll-up must count that day again
        sql("DELETE FROM coverage_rolled_day");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!status(reference).equals("ENDED_UNCONFIRMED") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        JsonObject ended = Http.get("/api/bookings/" + reference, Pool.coordinator()).json();
        assertEquals("ENDED_UNCONFIRMED", ended.getString("status"), "the offer clock marks it within a tick");
        assertEquals("Nobody checked in; the scheduled time is over.", ended.getString("statusReason"));
        assertEquals(1, Http.get("/api/bookings?status=ENDED_UNCONFIRMED", Pool.coordinator()).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("reference").equals(reference)).count());
        Http.Answer confirmed = Http.post("/api/bookings/" + reference + "/confirmation", somchai, null);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("COMPLETED", confirmed.json().getString("status"));
    }

    /** Item 17: a remote session ended early frees the interpreter for the rest of its window. */
    @Test
    void aSessionEndedEarlyFreesTheInterpreter() throws Exception {
        Pool.Interpreter kjp = Pool.interpreter("it-hb-kjp-02", "kjp", "Tak", "MALE", true);
        String malee = Tokens.password("malee");
        Instant start = now();
        String first = Pool.create(malee, Pool.booking("IMMEDIATE", "REMOTE", start, 30, "kjp", "Bangkok",
                caseCode())).getString("reference");
        long offer = Pool.offerFor(kjp, start, "kjp");
        assertEquals(200, Http.post("/api/offers/" + offer + "/accept", kjp.token(), null).status());

        Http.Answer ticket = Http.post("/api/gateway-tickets", malee,
                "{\"channel\":\"session\",\"booking\":\"" + first + "\"}");
        assertEquals(201, ticket.status(), ticket.body());
        WsClient officer = WsClient.connect("/gateway/sessions/" + first, ticket.json().getString("ticket"));
        officer.next("joined");
        Thread.sleep(1500); // a short session: it ends a moment after it began, long before its scheduled end
        officer.text("{\"type\":\"end\"}");
        officer.awaitClose();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!status(first).equals("COMPLETED") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals("COMPLETED", status(first));

        // someone waiting now, inside the first booking's scheduled window
        Instant now = now().plusSeconds(1);
        String urgent = Pool.create(malee, Pool.booking("IMMEDIATE", "REMOTE", now, 30, "kjp", "Bangkok",
                caseCode())).getString("reference");
        assertFalse("OVERLAP".equals(excludedBy(urgent, kjp.id())), "the actual end freed the interpreter");
        long urgentOffer = Pool.offerFor(kjp, now, "kjp");
        Http.Answer accepted = Http.post("/api/offers/" + urgentOffer + "/accept", kjp.token(), null);
        assertEquals(200, accepted.status(), accepted.body());
    }

    /** Item 14: an immediate booking nobody on call can take tells the requester at once and raises it to coordinators. */
    @Test
    void anImmediateBookingNobodyOnCallCanTakeIsRaisedAtOnce() throws Exception {
        Pool.Interpreter offCall = Pool.interpreter("it-hb-ind-02", "ind", "Tak", "MALE", false);
        Http.Answer feedTicket = Http.post("/api/gateway-tickets", Pool.coordinator(),
                "{\"channel\":\"notifications\"}");
        assertEquals(201, feedTicket.status(), feedTicket.body());
        WsClient feed = WsClient.connect("/gateway/notifications", feedTicket.json().getString("ticket"));
        try {
            Thread.sleep(300); // the socket is registered
            JsonObject created = Pool.create(Tokens.password("nok"), Pool.booking("IMMEDIATE", "REMOTE", now(), 45,
                    "ind", "Bangkok", caseCode()));
            assertEquals("OPEN", created.getString("status"));
            JsonObject warning = created.getJsonObject("noInterpreterOnCall");
            assertTrue(warning != null, "the requester is told at once: " + created);
            assertTrue(warning.getInt("qualifiedOffCall") >= 1, warning.toString());
            assertTrue(warning.getString("message").contains("off call"), warning.toString());
            JsonObject raised = feed.next("nobody-on-call");
            assertEquals(created.getString("reference"), raised.getJsonObject("booking").getString("reference"));
            assertEquals(warning.getInt("qualifiedOffCall"), raised.getInt("qualifiedOffCall"));
        } finally {
            feed.close();
        }
        assertFalse(offCall.token().isEmpty());
    }

    /** Item 15: one actor, one identity: joins and leaves carry the same actor, and a refused accept is the booking's. */
    @Test
    void oneActorHasOneIdentityInTheLog() throws Exception {
        Pool.Interpreter winner = Pool.interpreter("it-hb-cmn-02", "cmn", "Tak", "FEMALE", false);
        Pool.Interpreter late = Pool.interpreter("it-hb-cmn-03", "cmn", "Tak", "MALE", false);
        String malee = Tokens.password("malee");
        Instant start = now().plus(Duration.ofMinutes(5));
        String reference = Pool.create(malee, Pool.booking("SCHEDULED", "REMOTE", start, 30, "cmn", "Bangkok",
                caseCode())).getString("reference");
        long won = Pool.offerFor(winner, start, "cmn");
        long lost = Pool.offerFor(late, start, "cmn");
        assertEquals(200, Http.post("/api/offers/" + won + "/accept", winner.token(), null).status());
        Http.Answer refused = Http.post("/api/offers/" + lost + "/accept", late.token(), null);
        assertTrue(refused.status() == 409 || refused.status() == 404, refused.body());
        JsonObject history = Http.get("/api/bookings/" + reference + "/access-history?size=200",
                Pool.coordinator()).json();
        assertTrue(history.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "OFFER_ACCEPT".equals(e.getString("action"))
                        && late.username().equals(e.getString("actorUsername", null))
                        && !"ALLOWED".equals(e.getString("outcome"))),
                "the refused accept is in the booking's access history: " + history);

        String ticket = Http.post("/api/gateway-tickets", malee,
                "{\"channel\":\"session\",\"booking\":\"" + reference + "\"}").json().getString("ticket");
        WsClient officer = WsClient.connect("/gateway/sessions/" + reference, ticket);
        officer.next("joined");
        String code = Http.post("/api/bookings/" + reference + "/guest-codes", malee, null).json().getString("code");
        String guestTicket = Http.post("/api/guest-tickets", null, "{\"code\":\"" + code + "\"}").json()
                .getString("ticket");
        WsClient guest = WsClient.connect("/gateway/sessions/" + reference, guestTicket);
        guest.next("joined");
        guest.close();
        guest.awaitClose();
        officer.close();
        officer.awaitClose();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            rows.clear();
            try (Connection c = db();
                    PreparedStatement q = c.prepareStatement("SELECT action, actor_subject, "
                            + "actor_username, actor_agency, actor_role FROM audit_entry WHERE object_id = ? "
                            + "AND action IN ('SESSION_JOIN', 'SESSION_LEAVE') AND outcome = 'ALLOWED' ORDER BY seq")) {
                q.setString(1, reference);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)});
                    }
                }
            }
            if (rows.size() >= 4) {
                break;
            }
            Thread.sleep(300);
        }
        assertEquals(4, rows.size(), "two joins and two leaves");
        java.util.Map<String, java.util.Set<String>> subjectsByRole = new java.util.HashMap<>();
        for (String[] row : rows) {
            subjectsByRole.computeIfAbsent(row[4], k -> new java.util.HashSet<>()).add(row[1]);
            if ("requester".equals(row[4])) {
                assertEquals("malee", row[2], row[0] + " names the requester");
                assertEquals("RTP-ATPD", row[3], row[0] + " names the agency");
            }
        }
        assertEquals(1, subjectsByRole.get("guest").size(), "the guest is one actor: " + subjectsByRole);
        assertTrue(subjectsByRole.get("guest").iterator().next().startsWith("guest-"));
        assertEquals(1, subjectsByRole.get("requester").size(), subjectsByRole.toString());
    }
}
