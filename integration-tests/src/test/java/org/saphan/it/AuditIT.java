package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The confidentiality log against the real EAR on MariaDB: every REST call, allowed or refused, writes exactly one
 * entry of its caller with the right action and outcome; tampering with the table directly is found and named, after
 * the last signed checkpoint by verify and before it by the walk over the whole chain; the
 * application's account cannot change or delete entries; an act whose entry cannot be written fails; canary values
 * never reach the log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    /** The open health check: no caller, no act on anything. */
    private static final Set<String> NOT_WALKED_HERE = Set.of("GET /api/health");

    private static final String APPEND_ONLY_TRIGGERS = """
            CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
                SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
            CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
                SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it", "saphan-it");
    }

    /** The database's administrator, standing for someone who edits the table by hand. */
    private static Connection root() throws SQLException {
        return DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "root", "");
    }

    private record Entry(String subject, String username, String action, String objectId, String outcome) {
    }

    /** The caller's entries of one request (entries by Saphan itself, such as offers sent, are left out). */
    private static List<Entry> entriesOf(String requestId) throws SQLException {
        try (Connection c = app();
                PreparedStatement s = c.prepareStatement("SELECT actor_subject, actor_username, "
                        + "action, object_id, outcome FROM audit_entry WHERE request_id = ? AND actor_subject <> 'system' "
                        + "ORDER BY seq")) {
            s.setString(1, requestId);
            List<Entry> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return found;
        }
    }

    private final Set<String> walked = new TreeSet<>();

    /** Makes the call and asserts its status and its one entry; answers the call's answer. */
    private Http.Answer call(String endpoint, String method, String path, String user, String token, String body,
            int status, String action, String outcome, String objectId) throws SQLException {
        walked.add(endpoint);
        Http.Answer a = switch (method) {
            case "GET" -> Http.get(path, token);
            default -> Http.write(method, path, token, body, null);
        };
        assertEquals(status, a.status(), method + " " + path + " as " + user + ": " + a.body());
        String requestId = a.response().headers().firstValue("X-Request-Id")
                .orElseThrow(() -> new AssertionError("no X-Request-Id on " + method + " " + path));
        List<Entry> entries = entriesOf(requestId);
        assertEquals(1, entries.size(), method + " " + path + " as " + user + " wrote " + entries);
        Entry e = entries.get(0);
        assertEquals(action, e.action(), method + " " + path);
        assertEquals(outcome, e.outcome(), method + " " + path);
        assertEquals(user, e.username(), method + " " + path);
        if (objectId != null) {
            assertEquals(objectId, e.objectId(), method + " " + path);
        }
        return a;
    }

    @Test
    void everyCallAllowedOrRefusedWritesExactlyOneEntry() throws Exception {
        String somchai = Tokens.password("somchai");
        String anan = Tokens.password("anan");
        String ploy = Pool.coordinator();
        Pool.Interpreter mi = Pool.interpreter("it-audit-01", "mya", "Ranong", "FEMALE", true);
        String code = "IT-AUD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
        Instant start = Pool.daysAhead(9, 2, 0);
        String booking = Pool.booking("SCHEDULED", "ON_SITE", start, 60, "mya", "Ranong", code);

        call("GET /api/me", "GET", "/api/me", "somchai", somchai, null, 200, "IDENTITY_READ", "ALLOWED", null);
        call("GET /api/role-checks/{role}", "GET", "/api/role-checks/requester", "somchai", somchai, null, 200,
                "ROLE_CHECK", "ALLOWED", "requester");
        call("GET /api/role-checks/{role}", "GET", "/api/role-checks/coordinator", "somchai", somchai, null, 403,
                "ROLE_CHECK", "DENIED", "coordinator");

        call("POST /api/bookings", "POST", "/api/bookings", "ploy", ploy, booking, 403, "BOOKING_CREATE", "DENIED",
                null);
        JsonObject created = call("POST /api/bookings", "POST", "/api/bookings", "somchai", somchai, booking, 201,
                "BOOKING_CREATE", "ALLOWED", null).json();
        String ref = created.getString("reference");
        call("GET /api/bookings", "GET", "/api/bookings", "somchai", somchai, null, 200, "BOOKING_LIST", "ALLOWED",
                null);
        call("GET /api/bookings/{reference}", "GET", "/api/bookings/" + ref, "somchai", somchai, null, 200,
                "BOOKING_READ", "ALLOWED", ref);
        call("GET /api/bookings/{reference}", "GET", "/api/bookings/" + ref, "anan", anan, null, 404,
                "BOOKING_READ", "DENIED", ref);
        call("GET /api/bookings/{reference}", "GET", "/api/bookings/Somchai%20Jaidee", "anan", anan, null, 404,
                "BOOKING_READ", "DENIED", "(invalid)");
        call("GET /api/bookings/{reference}/candidates", "GET", "/api/bookings/" + ref + "/candidates", "ploy", ploy,
                null, 200, "BOOKING_CANDIDATES", "ALLOWED", ref);
        call("GET /api/bookings/{reference}/candidates", "GET", "/api/bookings/" + ref + "/candidates", "somchai",
                somchai, null, 403, "BOOKING_CANDIDATES", "DENIED", ref);
        call("GET /api/bookings/{reference}/offers", "GET", "/api/bookings/" + ref + "/offers", "ploy", ploy, null,
                200, "BOOKING_OFFERS", "ALLOWED", ref);
        call("GET /api/bookings/{reference}/offers", "GET", "/api/bookings/" + ref + "/offers", "somchai", somchai,
                null, 403, "BOOKING_OFFERS", "DENIED", ref);
        call("GET /api/reports/coverage", "GET", "/api/reports/coverage", "ploy", ploy, null, 200, "REPORT_COVERAGE",
                "ALLOWED", null);
        call("GET /api/reports/coverage", "GET", "/api/reports/coverage", "anan", anan, null, 403, "REPORT_COVERAGE",
                "DENIED", null);
        call("GET /api/reports/coverage", "GET", "/api/reports/coverage?from=soon", "ploy", ploy, null, 400,
                "REPORT_COVERAGE", "REJECTED", null);

        // the interpreter had the offer: it sees the offer, then accepts; details stay closed until it acknowledges
        Http.Answer offers = call("GET /api/offers", "GET", "/api/offers", mi.username(), mi.token(), null, 200,
                "OFFER_LIST", "ALLOWED", null);
        long offer = offers.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("start").equals(start.toString())).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        call("POST /api/offers/{id}/accept", "POST", "/api/offers/999999999/accept", mi.username(), mi.token(), null,
                404, "OFFER_ACCEPT", "DENIED", "999999999");
        call("POST /api/offers/{id}/accept", "POST", "/api/offers/" + offer + "/accept", mi.username(), mi.token(),
                null, 200, "OFFER_ACCEPT", "ALLOWED", ref);
        JsonObject closed = call("GET /api/bookings/{reference}", "GET", "/api/bookings/" + ref, mi.username(),
                mi.token(), null, 200, "BOOKING_READ", "ALLOWED", ref).json();
        assertTrue(closed.getBoolean("acknowledgementRequired"), closed.toString());
        assertFalse(closed.containsKey("place"), "no place before the acknowledgement: " + closed);
        assertFalse(closed.containsKey("noteForInterpreter"), closed.toString());
        call("POST /api/bookings/{reference}/acknowledgement", "POST", "/api/bookings/" + ref + "/acknowledgement",
                "somchai", somchai, null, 403, "BOOKING_ACKNOWLEDGE", "DENIED", ref);
        JsonObject open = call("POST /api/bookings/{reference}/acknowledgement", "POST", "/api/bookings/" + ref
                + "/acknowledgement", mi.username(), mi.token(), null, 200, "BOOKING_ACKNOWLEDGE", "ALLOWED", ref)
                .json();
        assertEquals("Shelter meeting room 2", open.getString("place"));

        // a second booking, declined; a third, assigned by hand
        Instant start2 = Pool.daysAhead(10, 2, 0);
        String ref2 = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE", start2, 60, "mya", "Ranong", code))
                .getString("reference");
        long offer2 = Pool.offerFor(mi, start2, "mya");
        call("POST /api/offers/{id}/decline", "POST", "/api/offers/" + offer2 + "/decline", mi.username(), mi.token(),
                "{\"reason\":\"travel\"}", 204, "OFFER_DECLINE", "ALLOWED", ref2);
        call("POST /api/bookings/{reference}/assign", "POST", "/api/bookings/" + ref2 + "/assign", "somchai", somchai,
                "{\"interpreterId\":" + mi.id() + ",\"reason\":\"known to the shelter\"}", 403, "BOOKING_ASSIGN",
                "DENIED", ref2);
        call("POST /api/bookings/{reference}/assign", "POST", "/api/bookings/" + ref2 + "/assign", "ploy", ploy,
                "{\"interpreterId\":" + mi.id() + ",\"reason\":\"known to the shelter\"}", 200, "BOOKING_ASSIGN",
                "ALLOWED", ref2);
        call("POST /api/bookings/{reference}/cancel", "POST", "/api/bookings/" + ref2 + "/cancel", "anan", anan,
                "{\"reason\":\"x\"}", 404, "BOOKING_CANCEL", "DENIED", ref2);
        call("POST /api/bookings/{reference}/cancel", "POST", "/api/bookings/" + ref2 + "/cancel", "somchai", somchai,
                "{\"reason\":\"the interview moved\"}", 200, "BOOKING_CANCEL", "ALLOWED", ref2);
        call("POST /api/cases/{caseCode}/exclusions", "POST", "/api/cases/" + code + "/exclusions", "anan", anan,
                "{\"interpreterId\":" + mi.id() + ",\"reason\":\"refused\"}", 404, "CASE_EXCLUDE", "DENIED", code);
        // the end of a booking and the override review (their allowed calls: BookingHardeningIT)
        call("POST /api/bookings/{reference}/check-in", "POST", "/api/bookings/" + ref + "/check-in", "somchai",
                somchai, null, 403, "BOOKING_CHECK_IN", "DENIED", ref);
        call("POST /api/bookings/{reference}/check-out", "POST", "/api/bookings/" + ref + "/check-out", "ploy", ploy,
                null, 403, "BOOKING_CHECK_OUT", "DENIED", ref);
        call("POST /api/bookings/{reference}/confirmation", "POST", "/api/bookings/" + ref + "/confirmation",
                mi.username(), mi.token(), null, 403, "BOOKING_CONFIRM", "DENIED", ref);
        call("POST /api/bookings/{reference}/no-show", "POST", "/api/bookings/" + ref + "/no-show", "ploy", ploy,
                "{\"reason\":\"x\"}", 403, "BOOKING_NO_SHOW", "DENIED", ref);
        call("GET /api/overrides", "GET", "/api/overrides", "ploy", ploy, null, 200, "OVERRIDE_LIST", "ALLOWED",
                null);
        call("POST /api/overrides/{reference}/review", "POST", "/api/overrides/" + ref + "/review", "somchai",
                somchai, null, 403, "OVERRIDE_REVIEW", "DENIED", ref);
        call("POST /api/cases/{caseCode}/exclusions", "POST", "/api/cases/" + code + "/exclusions", "somchai",
                somchai, "{\"interpreterId\":" + mi.id() + ",\"reason\":\"the person refused her\"}", 201,
                "CASE_EXCLUDE", "ALLOWED", code);

        // the pool
        String profile = """
                {"username":"it-audit-02","name":"Test Interpreter Audit","gender":"MALE",
                 "languages":[{"code":"mya","level":"NATIVE","certified":true},
                   {"code":"tha","level":"FLUENT","certified":false}],
                 "specialisations":[],"provinces":["Ranong"],"remote":false,
                 "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                   "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},"trainings":[]},
                 "conflicts":[]}""";
        call("POST /api/interpreters", "POST", "/api/interpreters", "somchai", somchai, profile, 403,
                "INTERPRETER_CREATE", "DENIED", null);
        long id = call("POST /api/interpreters", "POST", "/api/interpreters", "ploy", ploy, profile, 201,
                "INTERPRETER_CREATE", "ALLOWED", null).json().getJsonNumber("id").longValue();
        String iid = Long.toString(id);
        call("GET /api/interpreters", "GET", "/api/interpreters?language=mya", "ploy", ploy, null, 200,
                "INTERPRETER_LIST", "ALLOWED", null);
        call("GET /api/interpreters/{id}", "GET", "/api/interpreters/" + iid, "ploy", ploy, null, 200,
                "INTERPRETER_READ", "ALLOWED", iid);
        call("GET /api/interpreters/{id}", "GET", "/api/interpreters/" + iid, mi.username(), mi.token(), null, 404,
                "INTERPRETER_READ", "DENIED", iid);
        call("PUT /api/interpreters/{id}", "PUT", "/api/interpreters/" + iid, "ploy", ploy,
                profile.replace("\"remote\":false", "\"remote\":true"), 200, "INTERPRETER_UPDATE", "ALLOWED", iid);
        call("POST /api/interpreters/{id}/suspend", "POST", "/api/interpreters/" + iid + "/suspend", "ploy", ploy,
                "{\"reason\":\"vetting under review\"}", 200, "INTERPRETER_SUSPEND", "ALLOWED", iid);
        call("POST /api/interpreters/{id}/reinstate", "POST", "/api/interpreters/" + iid + "/reinstate", "somchai",
                somchai, "{\"reason\":\"x\"}", 403, "INTERPRETER_REINSTATE", "DENIED", iid);
        call("POST /api/interpreters/{id}/reinstate", "POST", "/api/interpreters/" + iid + "/reinstate", "ploy", ploy,
                "{\"reason\":\"vetting renewed\"}", 200, "INTERPRETER_REINSTATE", "ALLOWED", iid);
        call("PUT /api/interpreters/{id}/availability", "PUT", "/api/interpreters/" + mi.id() + "/availability",
                mi.username(), mi.token(), "{\"weekly\":[{\"day\":\"MONDAY\",\"from\":\"00:00\",\"to\":\"24:00\"}],"
                        + "\"absences\":[]}",
                200, "INTERPRETER_AVAILABILITY", "ALLOWED", Long.toString(mi.id()));
        call("PUT /api/me/on-call", "PUT", "/api/me/on-call", mi.username(), mi.token(), "{\"onCall\":false}", 200,
                "INTERPRETER_ON_CALL", "ALLOWED", Long.toString(mi.id()));

        // the gateway's admission
        call("POST /api/gateway-tickets", "POST", "/api/gateway-tickets", mi.username(), mi.token(),
                "{\"channel\":\"notifications\"}", 201, "GATEWAY_TICKET", "ALLOWED", Long.toString(mi.id()));
        // a requester's feed carries its agency's bookings: the entry names the agency it may hear
        call("POST /api/gateway-tickets", "POST", "/api/gateway-tickets", "somchai", somchai,
                "{\"channel\":\"notifications\"}", 201, "GATEWAY_TICKET", "ALLOWED", "RTP-ATPD");
        Tokens.ensureInterpreterUser("it-audit-no-profile");
        call("POST /api/gateway-tickets", "POST", "/api/gateway-tickets", "it-audit-no-profile",
                Tokens.password("it-audit-no-profile"), "{\"channel\":\"notifications\"}", 403, "GATEWAY_TICKET",
                "DENIED", null);
        call("POST /api/bookings/{reference}/guest-codes", "POST", "/api/bookings/" + ref + "/guest-codes", "anan",
                anan, null, 404, "GUEST_CODE_ISSUE", "DENIED", ref);
        call("POST /api/guest-tickets", "POST", "/api/guest-tickets", null, null, "{\"code\":\"AAAAA-BBBBB\"}", 404,
                "GUEST_CODE_REDEEM", "DENIED", null);

        // the log itself
        call("GET /api/audit", "GET", "/api/audit?object=" + ref, "somchai", somchai, null, 403, "AUDIT_SEARCH",
                "DENIED", null);
        JsonObject page = call("GET /api/audit", "GET", "/api/audit?object=" + ref + "&size=100", "ploy", ploy,
                null, 200, "AUDIT_SEARCH", "ALLOWED", null).json();
        assertTrue(page.getJsonArray("entries").size() >= 6, page.toString());
        JsonObject history = call("GET /api/bookings/{reference}/access-history", "GET", "/api/bookings/" + ref
                + "/access-history", "ploy", ploy, null, 200, "BOOKING_ACCESS_HISTORY", "ALLOWED", ref).json();
        assertTrue(history.toString().contains("\"actorUsername\":\"anan\""), "the refused read is in the history");
        call("GET /api/bookings/{reference}/access-history", "GET", "/api/bookings/" + ref + "/access-history",
                "somchai", somchai, null, 403, "BOOKING_ACCESS_HISTORY", "DENIED", ref);
        JsonObject verified = call("GET /api/audit/verify", "GET", "/api/audit/verify", "ploy", ploy, null, 200,
                "AUDIT_VERIFY", "ALLOWED", null).json();
        assertTrue(verified.getBoolean("valid"), verified.toString());
        call("POST /api/audit/verify/full-walk", "POST", "/api/audit/verify/full-walk", "somchai", somchai, null, 403,
                "AUDIT_FULL_WALK", "DENIED", null);
        awaitNoWalkRunning();
        JsonObject walk = call("POST /api/audit/verify/full-walk", "POST", "/api/audit/verify/full-walk", "ploy",
                ploy, null, 202, "AUDIT_FULL_WALK", "ALLOWED", null).json();
        assertEquals("ploy", walk.getString("startedBy"), walk.toString());
        awaitWalkEnd();
        Http.Answer csv = call("GET /api/audit/export", "GET", "/api/audit/export?from="
                + Instant.now().minusSeconds(3600), "ploy", ploy, null, 200, "AUDIT_EXPORT", "ALLOWED", null);
        assertTrue(csv.response().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\"sequence\",\"occurredAt\""), csv.body().substring(0, 80));

        // no token: refused at the container, recorded as anonymous
        Http.Answer anonymous = Http.get("/api/bookings/" + ref, null);
        assertEquals(401, anonymous.status());
        List<Entry> anon = entriesOf(anonymous.response().headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals(1, anon.size(), anon.toString());
        assertEquals("anonymous", anon.get(0).subject());
        assertEquals("DENIED", anon.get(0).outcome());

        Set<String> deployed = deployedEndpoints();
        Set<String> expected = new TreeSet<>(walked);
        expected.addAll(NOT_WALKED_HERE);
        assertEquals(deployed, expected, "the walk covers every deployed REST endpoint");
    }

    /** Every resource method of the web module that the EAR deploys, as "METHOD /api/path". */
    private static Set<String> deployedEndpoints() {
        return ApiSurface.endpoints().stream().map(ApiSurface.Endpoint::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static long head() throws SQLException {
        try (Connection c = app();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT last_seq FROM audit_head WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonObject verify() {
        Http.Answer a = Http.get("/api/audit/verify", Pool.coordinator());
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static void assertFirstInvalid(long expected, String what) {
        JsonObject v = verify();
        assertFalse(v.getBoolean("valid"), what + ": " + v);
        assertEquals(expected, v.getJsonNumber("firstInvalid").longValue(), what + ": " + v);
    }

    /** The last full walk as GET /api/audit/verify shows it, or null when there was none. */
    private static JsonObject lastWalk() {
        JsonObject v = verify();
        return v.containsKey("fullWalk") && !v.isNull("fullWalk") ? v.getJsonObject("fullWalk") : null;
    }

    private static void awaitNoWalkRunning() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonObject w = lastWalk();
            if (w == null || !"RUNNING".equals(w.getString("state"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("a full walk is still running after 30 s");
    }

    /** Waits for the walk started last to end; answers it as verify shows it. */
    private static JsonObject awaitWalkEnd() throws InterruptedException {
        awaitNoWalkRunning();
        return lastWalk();
    }

    /** Starts a full walk as a coordinator (once any other has ended) and answers it once it has ended. */
    private static JsonObject fullWalk() throws InterruptedException {
        awaitNoWalkRunning();
        Http.Answer a = Http.post("/api/audit/verify/full-walk", Pool.coordinator(), null);
        assertEquals(202, a.status(), a.body());
        assertEquals("RUNNING", a.json().getString("state"), a.body());
        return awaitWalkEnd();
    }

    private static void exec(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    @Test
    void tamperingDirectlyInTheDatabaseIsNamed() throws Exception {
        for (int i = 0; i < 8; i++) {
            Http.get("/api/me", Tokens.password("nok"));
        }
        assertTrue(verify().getBoolean("valid"), "an untouched log verifies");
        long k = head() - 4;
        String columns = "occurred_at, actor_subject, actor_username, actor_role, actor_agency, action, object_type, "
                + "object_id, object_ids, outcome, reason, request_id, prev_hash, entry_hash";
        try (Connection c = root()) {
            exec(c, "DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete");
            try {
                exec(c, "CREATE TABLE audit_saved AS SELECT * FROM audit_entry WHERE seq BETWEEN " + k + " AND "
                        + (k + 1));

                exec(c, "UPDATE audit_entry SET actor_username = 'mallory' WHERE seq = " + k);
                assertFirstInvalid(k, "one field changed");
                exec(c, "UPDATE audit_entry e JOIN audit_saved s ON s.seq = e.seq SET e.actor_username = "
                        + "s.actor_username");
                assertTrue(verify().getBoolean("valid"), "restored");

                exec(c, "DELETE FROM audit_entry WHERE seq = " + k);
                assertFirstInvalid(k + 1, "one entry deleted");
                exec(c, "INSERT INTO audit_entry SELECT * FROM audit_saved WHERE seq = " + k);
                assertTrue(verify().getBoolean("valid"), "restored");

                // swap the contents of two neighbours, each keeping its place number
                exec(c, "DELETE FROM audit_entry WHERE seq IN (" + k + ", " + (k + 1) + ")",
                        "INSERT INTO audit_entry (seq, " + columns + ") SELECT " + k + ", " + columns
                                + " FROM audit_saved WHERE seq = " + (k + 1),
                        "INSERT INTO audit_entry (seq, " + columns + ") SELECT " + (k + 1) + ", " + columns
                                + " FROM audit_saved WHERE seq = " + k);
                assertFirstInvalid(k, "two entries swapped");
                exec(c, "DELETE FROM audit_entry WHERE seq IN (" + k + ", " + (k + 1) + ")",
                        "INSERT INTO audit_entry SELECT * FROM audit_saved");
                assertTrue(verify().getBoolean("valid"), "restored");

                // one entry inserted after k: the ones after it move up by one, as a forger would have to do
                long top = head();
                exec(c, "UPDATE audit_entry SET seq = seq + 1000000 WHERE seq > " + k,
                        "UPDATE audit_entry SET seq = seq - 999999 WHERE seq > 1000000",
                        "INSERT INTO audit_entry (seq, " + columns + ") SELECT " + (k + 1) + ", " + columns
                                + " FROM audit_saved WHERE seq = " + k,
                        "UPDATE audit_entry SET prev_hash = (SELECT entry_hash FROM audit_saved WHERE seq = " + k
                                + ") WHERE seq = " + (k + 1),
                        "UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1");
                assertFirstInvalid(k + 1, "one entry inserted");
                // undo: the forged entry goes, so do the entries sealed on top of the forgery (the verification's
                // own), and the original ones move back to their places
                exec(c, "DELETE FROM audit_entry WHERE seq = " + (k + 1),
                        "DELETE FROM audit_entry WHERE seq > " + (top + 1),
                        "UPDATE audit_entry SET seq = seq + 1000000 WHERE seq > " + (k + 1),
                        "UPDATE audit_entry SET seq = seq - 1000001 WHERE seq > 1000000",
                        "UPDATE audit_head SET last_seq = " + top + ", last_hash = (SELECT entry_hash FROM audit_entry "
                                + "WHERE seq = " + top + ") WHERE id = 1");
                assertEquals(top, head(), "back to where it was");
                assertTrue(verify().getBoolean("valid"), "restored");
            } finally {
                exec(c, "DROP TABLE IF EXISTS audit_saved");
                exec(c, APPEND_ONLY_TRIGGERS.split(";"));
            }
        }
    }

    /**
     * Verify checks only what came after the last signed checkpoint, whatever the log's size; a walk over the whole
     * chain runs in the background, shows its result, and signs the head it verified. An entry changed after the
     * checkpoint is named by verify; one changed before it only by the whole walk.
     */
    @Test
    void verifyStartsFromTheLastCheckpointAndTheWholeWalkFindsWhatLiesBefore() throws Exception {
        for (int i = 0; i < 6; i++) {
            Http.get("/api/me", Tokens.password("nok"));
        }
        JsonObject walk = fullWalk();
        assertEquals("FINISHED", walk.getString("state"), walk.toString());
        assertTrue(walk.getBoolean("valid"), walk.toString());
        assertEquals(100, walk.getInt("percent"), walk.toString());
        long signed = walk.getJsonNumber("upTo").longValue();
        assertEquals(signed, walk.getJsonNumber("checked").longValue(), "every entry up to the head: " + walk);

        for (int i = 0; i < 6; i++) {
            Http.get("/api/me", Tokens.password("nok"));
        }
        JsonObject v = verify();
        assertTrue(v.getBoolean("valid"), v.toString());
        assertEquals(signed, v.getJsonObject("fromCheckpoint").getJsonNumber("sequence").longValue(),
                "verify starts from the head the walk signed: " + v);
        assertEquals(1, v.getInt("checkpoints"), v.toString());
        long read = v.getJsonNumber("entries").longValue();
        assertTrue(read >= 7 && read < head() - signed + 2, "only the checkpoint's entry and those after it: " + v);

        long before = signed - 3;
        long after = head() - 2;
        try (Connection c = root()) {
            exec(c, "DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete");
            try {
                exec(c, "CREATE TABLE audit_saved AS SELECT * FROM audit_entry WHERE seq IN (" + before + ", "
                        + after + ")");

                exec(c, "UPDATE audit_entry SET actor_username = 'mallory' WHERE seq = " + after);
                assertFirstInvalid(after, "changed after the checkpoint");
                restore(c);

                exec(c, "UPDATE audit_entry SET actor_username = 'mallory' WHERE seq = " + before);
                JsonObject quick = verify();
                assertTrue(quick.getBoolean("valid"), "verify does not read before the checkpoint: " + quick);
                JsonObject found = fullWalk();
                assertEquals("FINISHED", found.getString("state"), found.toString());
                assertFalse(found.getBoolean("valid"), found.toString());
                assertEquals(before, found.getJsonNumber("firstInvalid").longValue(), found.toString());
                assertTrue(found.getString("problem").contains("does not match its hash"), found.toString());
                assertEquals(before, found.getJsonNumber("checked").longValue(), "it stops at the first break");
                restore(c);
                assertTrue(fullWalk().getBoolean("valid"), "restored");
            } finally {
                exec(c, "DROP TABLE IF EXISTS audit_saved");
                exec(c, APPEND_ONLY_TRIGGERS.split(";"));
            }
        }
    }

    private static void restore(Connection c) throws SQLException {
        exec(c, "UPDATE audit_entry e JOIN audit_saved s ON s.seq = e.seq SET e.actor_username = s.actor_username");
        assertTrue(verify().getBoolean("valid"), "restored");
    }

    /**
     * One walk at a time, on every server: a second start while one runs is refused with 409 and audited; a walk
     * whose server stopped reporting counts as interrupted, and a new one may start.
     */
    @Test
    void aSecondWalkWaitsForTheRunningOneAndASilentOneCountsAsInterrupted() throws Exception {
        awaitNoWalkRunning();
        try (Connection c = app()) {
            exec(c, "INSERT INTO audit_walk (state, running, started_at, started_by, up_to, up_to_hash, checked, "
                    + "updated_at) VALUES ('RUNNING', 1, UTC_TIMESTAMP(3), 'it-other-server', 1, REPEAT('0', 64), 0, "
                    + "UTC_TIMESTAMP(3))");
            try {
                String ploy = Pool.coordinator();
                Http.Answer refused = call("POST /api/audit/verify/full-walk", "POST", "/api/audit/verify/full-walk",
                        "ploy", ploy, null, 409, "AUDIT_FULL_WALK", "REJECTED", null);
                assertEquals("walk-running", refused.json().getString("error"), refused.body());
                assertEquals("RUNNING", lastWalk().getString("state"));

                exec(c, "UPDATE audit_walk SET updated_at = UTC_TIMESTAMP(3) - INTERVAL 10 MINUTE "
                        + "WHERE started_by = 'it-other-server'");
                assertEquals("INTERRUPTED", lastWalk().getString("state"), "silent for ten minutes");
                Http.Answer started = Http.post("/api/audit/verify/full-walk", ploy, null);
                assertEquals(202, started.status(), started.body());
                JsonObject walk = awaitWalkEnd();
                assertEquals("FINISHED", walk.getString("state"), walk.toString());
                assertTrue(walk.getBoolean("valid"), walk.toString());
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT state, running FROM audit_walk "
                                + "WHERE started_by = 'it-other-server'")) {
                    assertTrue(rs.next());
                    assertEquals("INTERRUPTED", rs.getString(1));
                    rs.getInt(2);
                    assertTrue(rs.wasNull(), "no longer holds the one running place");
                }
            } finally {
                exec(c, "UPDATE audit_walk SET running = NULL WHERE started_by = 'it-other-server'");
            }
        }
    }

    @Test
    void theApplicationsAccountCannotChangeOrDeleteEntries() throws Exception {
        Http.get("/api/me", Tokens.password("nok"));
        long last = head();
        try (Connection c = app(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_entry SET reason = 'edited' WHERE seq = " + last));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM audit_entry WHERE seq = " + last));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }

    @Test
    void anActWhoseEntryCannotBeWrittenFailsAndAnswersNothing() throws Exception {
        String kanya = Tokens.password("kanya");
        String ref = Pool.create(kanya, Pool.booking("SCHEDULED", "ON_SITE", Pool.daysAhead(12, 2, 0), 60, "ksw",
                "Tak", "IT-AUD-FAIL-1")).getString("reference");
        try (Connection c = root()) {
            exec(c, "CREATE TRIGGER it_audit_refuses_kanya BEFORE INSERT ON audit_entry FOR EACH ROW "
                    + "IF NEW.actor_username = 'kanya' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'it: the log "
                    + "is down'; END IF");
            try {
                Http.Answer a = Http.get("/api/bookings/" + ref, kanya);
                assertEquals(500, a.status(), a.body());
                assertFalse(a.body().contains("Shelter"), "nothing of the booking: " + a.body());
                assertFalse(a.body().contains(ref), a.body());
                Http.Answer cancel = Http.post("/api/bookings/" + ref + "/cancel", kanya, "{\"reason\":\"moved\"}");
                assertEquals(500, cancel.status(), cancel.body());
            } finally {
                exec(c, "DROP TRIGGER it_audit_refuses_kanya");
            }
        }
        assertTrue(Set.of("OPEN", "OFFERED").contains(Http.get("/api/bookings/" + ref, kanya).json()
                .getString("status")), "the cancel did not happen");
    }

    @Test
    void canariesNeverReachTheLogOrTheServerLog() throws Exception {
        String canaryName = "Canary Thandar Hlaing";
        String nok = Tokens.password("nok");
        String body = Pool.booking("SCHEDULED", "ON_SITE", Pool.daysAhead(13, 2, 0), 60, "shn", "Tak",
                "IT-AUD-CANARY-1").replace("Ask for the duty social worker at the gate", "Ask for " + canaryName);
        String ref = Pool.create(nok, body).getString("reference");
        Http.get("/api/bookings/" + ref, nok);
        Http.get("/api/bookings/" + ref, Tokens.password("anan"));
        Http.get("/api/bookings/" + canaryName.replace(" ", "%20"), nok);
        Http.get("/api/bookings/" + ref, nok + "x");
        String signature = nok.substring(nok.lastIndexOf('.') + 1);
        try (Connection c = app();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*) FROM audit_entry WHERE CONCAT_WS('|', actor_subject, actor_username, object_id, "
                                + "object_ids, reason, request_id) LIKE '%Thandar%' OR CONCAT_WS('|', actor_subject, "
                                + "object_id, object_ids, reason) LIKE '%" + signature.substring(0, 20) + "%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no canary in the audit table");
        }
        String log = Files.readString(ItConfig.root().resolve("ear/target/server/standalone/log/server.log"));
        assertFalse(log.contains("Thandar"), "no canary name in the server log");
        assertFalse(log.contains(signature), "no token in the server log");
    }
}
