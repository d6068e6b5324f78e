package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bookings, offers and accepts against the real EAR on MariaDB with real tokens. Each test makes its own
 * interpreters (with Keycloak accounts of their own) in a language no other test uses, so tests do not see each
 * other's pool.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingFlowIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private static String caseCode() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static int countRows(String sql, String parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it",
                "saphan-it"); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void fiftySimultaneousAcceptsGiveOneWinner() throws Exception {
        List<Pool.Interpreter> pool = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            pool.add(Pool.interpreter("it-rhg-%02d".formatted(i), "rhg", "Tak", i % 2 == 0 ? "FEMALE" : "MALE", true));
        }
        Instant start = Instant.now().plusSeconds(120).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonObject booking = Pool.create(Tokens.password("somchai"),
                Pool.booking("IMMEDIATE", "REMOTE", start, 60, "rhg", "Bangkok", caseCode()));
        String reference = booking.getString("reference");
        assertEquals("OFFERED", booking.getString("status"), "an immediate booking goes out at once");

        List<Long> offers = new ArrayList<>();
        for (Pool.Interpreter interpreter : pool) {
            offers.add(Pool.offerFor(interpreter, start, "rhg"));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Pool.Interpreter interpreter = pool.get(i);
                long offer = offers.get(i);
                Callable<Http.Answer> accept = () -> {
                    go.await();
                    return Http.post("/api/offers/" + offer + "/accept", interpreter.token(), null);
                };
                answers.add(threads.submit(accept));
            }
            go.countDown();
            int ok = 0;
            int conflict = 0;
            for (Future<Http.Answer> f : answers) {
                Http.Answer a = f.get();
                if (a.status() == 200) {
                    ok++;
                    assertEquals(reference, a.json().getString("reference"));
                } else {
                    assertEquals(409, a.status(), a.body());
                    a.error();
                    conflict++;
                }
            }
            assertEquals(1, ok, "exactly one accept wins");
            assertEquals(49, conflict, "every other accept is told someone was first");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, countRows("SELECT COUNT(*) FROM assignment WHERE booking_reference = ?", reference),
                "one assignment in the database");
        assertEquals(0, countRows("SELECT COUNT(*) FROM offer WHERE booking_reference = ? AND status = 'OPEN'",
                reference), "the other offers are withdrawn");
        assertEquals("ASSIGNED", Http.get("/api/bookings/" + reference, Tokens.password("ploy")).json()
                .getString("status"));
    }

    @Test
    void twoOverlappingBookingsCannotBothBeAcceptedByOneInterpreter() throws Exception {
        Pool.Interpreter mon = Pool.interpreter("it-mnw-01", "mnw", "Tak", "FEMALE", false);
        String nok = Tokens.password("nok");
        Instant first = Pool.daysAhead(3, 3, 0);
        Instant second = Pool.daysAhead(3, 3, 30);
        String a = Pool.create(nok, Pool.booking("SCHEDULED", "REMOTE", first, 60, "mnw", "Bangkok", caseCode()))
                .getString("reference");
        String b = Pool.create(nok, Pool.booking("SCHEDULED", "REMOTE", second, 60, "mnw", "Bangkok", caseCode()))
                .getString("reference");
        long offerA = Pool.offerFor(mon, first, "mnw");
        long offerB = Pool.offerFor(mon, second, "mnw");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Http.Answer> fa = threads.submit(() -> {
                go.await();
                return Http.post("/api/offers/" + offerA + "/accept", mon.token(), null);
            });
            Future<Http.Answer> fb = threads.submit(() -> {
                go.await();
                return Http.post("/api/offers/" + offerB + "/accept", mon.token(), null);
            });
            go.countDown();
            int sa = fa.get().status();
            int sb = fb.get().status();
            assertEquals(Map.of(200, 1, 409, 1), Stream.of(sa, sb).collect(java.util.stream.Collectors.toMap(
                    s -> s, s -> 1, Integer::sum)),
                    "one accept wins, the overlapping one is refused: " + sa + ", " + sb);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, countRows("SELECT COUNT(*) FROM assignment a JOIN interpreter i ON i.id = a.interpreter_id "
                + "WHERE i.username = ?", "it-mnw-01"));
        assertNotEquals(a, b);
    }

    @Test
    void theTravelBufferHoldsBetweenOnSiteJobs() {
        Pool.Interpreter karen = Pool.interpreter("it-ksw-01", "ksw", "Tak", "MALE", false);
        String anan = Tokens.password("anan");
        Instant nine = Pool.daysAhead(4, 2, 0); // 09:00 in Bangkok
        Instant tenThirty = Pool.daysAhead(4, 3, 30); // 30 minutes after the first ends
        Instant noon = Pool.daysAhead(4, 5, 0); // 2 hours after the first ends
        String first = Pool.create(anan, Pool.booking("SCHEDULED", "ON_SITE", nine, 60, "ksw", "Tak", caseCode()))
                .getString("reference");
        String tooClose = Pool.create(anan, Pool.booking("SCHEDULED", "ON_SITE", tenThirty, 60, "ksw", "Tak",
                caseCode())).getString("reference");
        String later = Pool.create(anan, Pool.booking("SCHEDULED", "ON_SITE", noon, 60, "ksw", "Tak", caseCode()))
                .getString("reference");
        long offerFirst = Pool.offerFor(karen, nine, "ksw");
        long offerTooClose = Pool.offerFor(karen, tenThirty, "ksw");
        long offerLater = Pool.offerFor(karen, noon, "ksw");

        assertEquals(200, Http.post("/api/offers/" + offerFirst + "/accept", karen.token(), null).status());
        // the offer that now overlaps is taken back at once (it can no longer be accepted), so it leaves her list
        boolean stillOffered = Http.get("/api/offers", karen.token()).array()
                .getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getJsonNumber("id").longValue() == offerTooClose);
        assertFalse(stillOffered, "an offer that overlaps her new job is withdrawn");
        Http.Answer refused = Http.post("/api/offers/" + offerTooClose + "/accept", karen.token(), null);
        assertEquals(409, refused.status(), refused.body());
        assertEquals(200, Http.post("/api/offers/" + offerLater + "/accept", karen.token(), null).status(),
                "two hours apart is enough travel time");

        JsonObject candidates = Http.get("/api/bookings/" + tooClose + "/candidates", Pool.coordinator()).json();
        boolean excludedForOverlap = candidates.getJsonArray("excluded").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getJsonNumber("interpreterId").longValue() == karen.id()
                        && e.getString("rule").equals("OVERLAP"));
        assertTrue(excludedForOverlap, "the candidates say why: " + candidates);
        assertNotEquals(first, later);
    }

    @Test
    void anIdempotentRetryGivesOneBooking() throws Exception {
        String somchai = Tokens.password("somchai");
        String code = caseCode();
        String body = Pool.booking("SCHEDULED", "REMOTE", Pool.daysAhead(5, 3, 0), 90, "vie", "Bangkok", code);
        String key = UUID.randomUUID().toString();
        Http.Answer first = Http.write("POST", "/api/bookings", somchai, body, key);
        Http.Answer retry = Http.write("POST", "/api/bookings", somchai, body, key);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getString("reference"), retry.json().getString("reference"));
        assertEquals(1, countRows("SELECT COUNT(*) FROM booking WHERE case_code = ?", code));

        String other = Pool.booking("SCHEDULED", "REMOTE", Pool.daysAhead(5, 3, 0), 60, "vie", "Bangkok", code);
        Http.Answer misuse = Http.write("POST", "/api/bookings", somchai, other, key);
        assertEquals(422, misuse.status(), misuse.body());
        assertEquals(1, countRows("SELECT COUNT(*) FROM booking WHERE case_code = ?", code));
    }

    @Test
    void requestersSeeOnlyTheirAgencysBookingsAndInterpretersOnlyWhatTheyNeed() {
        Pool.Interpreter lao = Pool.interpreter("it-lao-01", "lao", "Bangkok", "FEMALE", false);
        String somchai = Tokens.password("somchai");
        Instant start = Pool.daysAhead(6, 3, 0);
        String code = caseCode();
        JsonObject created = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE", start, 60, "lao", "Bangkok",
                code));
        String reference = created.getString("reference");
        assertEquals(code, created.getString("caseCode"));

        assertEquals(200, Http.get("/api/bookings/" + reference, Tokens.password("malee")).status(),
                "another requester of the same agency sees it");
        Http.Answer otherAgency = Http.get("/api/bookings/" + reference, Tokens.password("anan"));
        assertEquals(404, otherAgency.status(), "another agency's booking does not exist for anan");
        otherAgency.error();
        assertFalse(Http.get("/api/bookings", Tokens.password("anan")).body().contains(reference));
        assertTrue(Http.get("/api/bookings", somchai).body().contains(reference));
        assertEquals(404, Http.get("/api/bookings/" + reference, lao.token()).status(),
                "an interpreter sees a booking only once it is assigned to it");
        assertEquals(404, Http.get("/api/bookings/SPH-2026-999999", Pool.coordinator()).status());

        JsonObject offer = Http.get("/api/offers", lao.token()).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("start").equals(start.toString())).findFirst().orElseThrow();
        for (String hidden : List.of("place", "caseCode", "noteForInterpreter", "requesterContact", "reference",
                "parties", "agency")) {
            assertFalse(offer.containsKey(hidden), "an offer never shows " + hidden + ": " + offer);
        }
        assertEquals("Bangkok", offer.getString("province"));
        assertEquals(60, offer.getInt("durationMinutes"));

        Http.Answer accepted = Http.post("/api/offers/" + offer.getJsonNumber("id") + "/accept", lao.token(), null);
        assertEquals(200, accepted.status(), accepted.body());
        JsonObject unacknowledged = Http.get("/api/bookings/" + reference, lao.token()).json();
        assertTrue(unacknowledged.getBoolean("acknowledgementRequired"), unacknowledged.toString());
        assertFalse(unacknowledged.containsKey("place"), "no place before the confidentiality acknowledgement");
        Http.Answer acknowledged = Http.post("/api/bookings/" + reference + "/acknowledgement", lao.token(), null);
        assertEquals(200, acknowledged.status(), acknowledged.body());
        JsonObject assigned = Http.get("/api/bookings/" + reference, lao.token()).json();
        assertEquals("Shelter meeting room 2", assigned.getString("place"), "the place once assigned");
        assertTrue(assigned.containsKey("noteForInterpreter"));
        assertFalse(assigned.containsKey("caseCode"), "never the case code: " + assigned);
        assertEquals(lao.id(), Http.get("/api/bookings/" + reference, somchai).json().getJsonObject("interpreter")
                .getJsonNumber("id").longValue());
    }

    static Stream<Arguments> invalidBookings() {
        Instant future = Pool.daysAhead(7, 3, 0);
        String ok = Pool.booking("SCHEDULED", "ON_SITE", future, 60, "mya", "Tak", "RTP-2026-0042");
        return Stream.of(
                Arguments.of(ok.replace(future.toString(), "2020-01-01T03:00:00Z"), "start"),
                Arguments.of(ok.replace("\"durationMinutes\":60", "\"durationMinutes\":0"), "durationMinutes"),
                Arguments.of(ok.replace("\"language\":\"mya\"", "\"language\":\"xyz\""), "language"),
                Arguments.of(ok.replace("\"province\":\"Tak\",", ""), "province"),
                Arguments.of(ok.replace("RTP-2026-0042", "Somchai Jaidee"), "caseCode"),
                Arguments.of(ok.replace("\"start\":\"" + future + "\"", "\"start\":\"tomorrow\""), "start"),
                Arguments.of(ok.replace("SCREENING_INTERVIEW", "INTERROGATION"), "purpose"));
    }

    @ParameterizedTest(name = "refused with a message on {1}")
    @MethodSource("invalidBookings")
    void invalidBookingsAreRefusedWithTheFieldAtFault(String body, String field) {
        Http.Answer a = Http.post("/api/bookings", Tokens.password("somchai"), body);
        assertEquals(400, a.status(), a.body());
        JsonObject error = a.error();
        assertEquals(field, error.getString("field"), a.body());
        assertFalse(error.getString("message").isBlank());
        assertFalse(a.body().contains("Somchai Jaidee"), "the refused value is not echoed when it may be a name");
    }

    @Test
    void malformedJsonIs400() {
        Http.Answer a = Http.post("/api/bookings", Tokens.password("somchai"), "{\"purpose\":");
        assertEquals(400, a.status(), a.body());
        a.error();
    }

    @Test
    void onlyRequestersBookAndOnlyCoordinatorsAssignOrSeeCandidates() {
        String body = Pool.booking("SCHEDULED", "REMOTE", Pool.daysAhead(8, 3, 0), 60, "khm", "Bangkok", caseCode());
        assertEquals(403, Http.post("/api/bookings", Pool.coordinator(), body).status());
        assertEquals(403, Http.post("/api/bookings", Tokens.password("sokha"), body).status());
        String reference = Pool.create(Tokens.password("nok"), body).getString("reference");
        assertEquals(403, Http.get("/api/bookings/" + reference + "/candidates", Tokens.password("nok")).status());
        assertEquals(403, Http.post("/api/bookings/" + reference + "/assign", Tokens.password("nok"),
                "{\"interpreterId\":1,\"reason\":\"x\"}").status());
        assertEquals(200, Http.get("/api/bookings/" + reference + "/candidates", Pool.coordinator()).status());
    }

    @Test
    void cancellingWithdrawsOffersAndHandAssignmentNeedsAnOverrideToBreakARule() {
        Pool.Interpreter viet = Pool.interpreter("it-vie-01", "vie", "Songkhla", "MALE", false);
        String nok = Tokens.password("nok");
        Instant start = Pool.daysAhead(9, 3, 0);
        String reference = Pool.create(nok, Pool.booking("SCHEDULED", "REMOTE", start, 60, "vie", "Bangkok",
                caseCode())).getString("reference");
        Pool.offerFor(viet, start, "vie");

        Http.Answer noReason = Http.post("/api/bookings/" + reference + "/cancel", nok, "{}");
        assertEquals(400, noReason.status(), noReason.body());
        Http.Answer cancelled = Http.post("/api/bookings/" + reference + "/cancel", nok,
                "{\"reason\":\"The person was moved to another shelter\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertFalse(Http.get("/api/offers", viet.token()).body().contains(start.toString()),
                "the withdrawn offer is gone from the interpreter's list");
        assertEquals(409, Http.post("/api/bookings/" + reference + "/cancel", nok, "{\"reason\":\"again\"}")
                .status(), "a cancelled booking cannot be cancelled again");

        // a Thai–Khmer booking: the Vietnamese interpreter breaks the language rule
        String khmer = Pool.create(nok, Pool.booking("SCHEDULED", "REMOTE", Pool.daysAhead(9, 6, 0), 60, "khm",
                "Bangkok", caseCode())).getString("reference");
        Http.Answer refused = Http.post("/api/bookings/" + khmer + "/assign", Pool.coordinator(),
                "{\"interpreterId\":" + viet.id() + ",\"reason\":\"only one available\",\"override\":false}");
        assertEquals(422, refused.status(), refused.body());
        Http.Answer overridden = Http.post("/api/bookings/" + khmer + "/assign", Pool.coordinator(),
                "{\"interpreterId\":" + viet.id()
                        + ",\"reason\":\"speaks Khmer, not yet certified\",\"override\":true}");
        assertEquals(200, overridden.status(), overridden.body());
        assertEquals("ASSIGNED", overridden.json().getString("status"));
    }

    @Test
    void anExcludedInterpreterIsNeverACandidateForTheCase() {
        Pool.Interpreter shan = Pool.interpreter("it-shn-01", "shn", "Chiang Rai", "FEMALE", false);
        String anan = Tokens.password("anan");
        String code = caseCode();
        String reference = Pool.create(anan, Pool.booking("SCHEDULED", "REMOTE", Pool.daysAhead(10, 3, 0), 60,
                "shn", "Bangkok", code)).getString("reference");
        Http.Answer excluded = Http.post("/api/cases/" + code + "/exclusions", anan,
                "{\"interpreterId\":" + shan.id() + ",\"reason\":\"The person refused this interpreter\"}");
        assertEquals(201, excluded.status(), excluded.body());
        assertEquals(404, Http.post("/api/cases/" + code + "/exclusions", Tokens.password("somchai"),
                "{\"interpreterId\":" + shan.id() + ",\"reason\":\"x\"}").status(), "not somchai's agency's case");
        JsonObject candidates = Http.get("/api/bookings/" + reference + "/candidates", Pool.coordinator()).json();
        assertTrue(candidates.getJsonArray("excluded").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getJsonNumber("interpreterId").longValue() == shan.id()
                        && e.getString("rule").equals("EXCLUDED_FOR_CASE")),
                candidates.toString());
    }

    @Test
    void offersWidenInWavesWhenInterpretersDecline() {
        List<Pool.Interpreter> english = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            english.add(Pool.interpreter("it-eng-%02d".formatted(i), "eng", "Phuket", "FEMALE", false));
        }
        Instant start = Pool.daysAhead(11, 3, 0);
        String reference = Pool.create(Tokens.password("somchai"), Pool.booking("SCHEDULED", "REMOTE", start, 60,
                "eng", "Bangkok", caseCode())).getString("reference");
        // the first wave reaches three (the configured wave size), not the fourth
        for (int i = 0; i < 3; i++) {
            long offer = Pool.offerFor(english.get(i), start, "eng");
            Http.Answer declined = Http.post("/api/offers/" + offer + "/decline", english.get(i).token(),
                    "{\"reason\":\"Another appointment\"}");
            assertEquals(204, declined.status(), declined.body());
        }
        long last = Pool.offerFor(english.get(3), start, "eng");
        assertEquals(200, Http.post("/api/offers/" + last + "/accept", english.get(3).token(), null).status());
        assertEquals(english.get(3).id(), Http.get("/api/bookings/" + reference, Pool.coordinator()).json()
                .getJsonObject("interpreter").getJsonNumber("id").longValue());
    }

    @Test
    void anInterpreterSeesOnlyItsOwnProfile() {
        Pool.Interpreter one = Pool.interpreter("it-tha-01", "khm", "Trat", "MALE", false);
        Pool.Interpreter two = Pool.interpreter("it-tha-02", "khm", "Trat", "FEMALE", false);
        assertEquals(200, Http.get("/api/interpreters/" + one.id(), one.token()).status());
        assertEquals(404, Http.get("/api/interpreters/" + two.id(), one.token()).status(),
                "another interpreter's profile does not exist for it");
        assertEquals(404, Http.put("/api/interpreters/" + two.id() + "/availability", one.token(),
                "{\"weekly\":[],\"absences\":[]}").status());
        assertEquals(403, Http.get("/api/interpreters", Tokens.password("somchai")).status());
        assertEquals(403, Http.post("/api/interpreters", Tokens.password("somchai"), "{}").status());
        Http.Answer suspended = Http.post("/api/interpreters/" + two.id() + "/suspend", Pool.coordinator(),
                "{\"reason\":\"Background check under review\"}");
        assertEquals(200, suspended.status(), suspended.body());
        assertEquals("SUSPENDED", suspended.json().getString("status"));
    }
}
