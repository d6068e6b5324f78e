package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, found from outside: each test repeats one probe that did not hold (fragmented messages, wrong JSON types,
 * dates out of range, parallel retries, an anonymous flood, empty bodies, a huge page, a huge body, the error page
 * asked directly, two spellings of error codes) against the real EAR, MariaDB and Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    /** Error codes: lower-case words joined by '-'. */
    static final String CODE = "[a-z]+(-[a-z]+)*";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it", "saphan-it");
    }

    private static long count(String sql, Object... parameters) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String caseCode() {
        return "IT-HD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
    }

    private static String booking(Instant start, String caseCode) {
        return Pool.booking("SCHEDULED", "REMOTE", start, 60, "mya", "Bangkok", caseCode);
    }

    /** Asserts a 400 in the error shape that names the field. */
    private static void refusedNaming(Http.Answer a, String field) {
        assertEquals(400, a.status(), a.body());
        JsonObject error = a.error();
        assertEquals(field, error.getString("field", null), a.body());
        assertTrue(error.getString("error").matches(CODE), a.body());
    }

    // 1. fragmented messages count against the size limit

    private static String sessionTicket(String token, String reference) {
        Http.Answer a = Http.post("/api/gateway-tickets", token,
                "{\"channel\":\"session\",\"booking\":\"" + reference + "\"}");
        assertEquals(201, a.status(), a.body());
        return a.json().getString("ticket");
    }

    private record Room(String reference, Pool.Interpreter interpreter, String requester) {
        String path() {
            return "/gateway/sessions/" + reference;
        }

        WsClient officer() throws InterruptedException {
            WsClient c = WsClient.connect(path(), sessionTicket(requester, reference));
            c.next("joined");
            return c;
        }
    }

    private static Room room(String interpreterName) {
        Pool.Interpreter interpreter = Pool.interpreter(interpreterName, "mya", "Tak", "FEMALE", false);
        String somchai = Tokens.password("somchai");
        Instant start = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String reference = Pool.create(somchai, booking(start, caseCode())).getString("reference");
        long offer = Pool.offerFor(interpreter, start, "mya");
        Http.Answer accepted = Http.post("/api/offers/" + offer + "/accept", interpreter.token(), null);
        assertEquals(200, accepted.status(), accepted.body());
        return new Room(reference, interpreter, somchai);
    }

    /** Sends the parts as fragments of one message; the server may close before the last one. */
    private static void fragments(WsClient c, List<?> parts) {
        try {
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                if (parts.get(i) instanceof String s) {
                    c.socket.sendText(s, last).get(10, TimeUnit.SECONDS);
                } else {
                    c.socket.sendBinary(ByteBuffer.wrap((byte[]) parts.get(i)), last).get(10, TimeUnit.SECONDS);
                }
            }
        } catch (Exception | Error closedMeanwhile) {
            // the server closed the socket while we were still sending: what the test wants to see
        }
    }

    @Test
    void fragmentsCountTogetherAgainstTheSizeLimit() throws Exception {
        Room room = room("it-hd-01");

        // within the limit, in fragments: assembled and relayed whole
        WsClient officer = room.officer();
        WsClient interpreter = WsClient.connect(room.path(), sessionTicket(room.interpreter().token(),
                room.reference()));
        interpreter.next("joined");
        String body = "y".repeat(600) + "ก".repeat(600) + "z".repeat(600); // 1,800 characters, 3,000 bytes
        fragments(officer, List.of("{\"type\":\"text\",\"body\":\"", body.substring(0, 900), body.substring(900)
                + "\"}"));
        assertEquals(body, interpreter.next("text").getString("body"));
        byte[] audio = new byte[6000];
        new java.util.Random(7).nextBytes(audio);
        fragments(officer, List.of(java.util.Arrays.copyOf(audio, 2500), java.util.Arrays.copyOfRange(audio, 2500,
                6000)));
        byte[] relayed = interpreter.binaries.poll(15, TimeUnit.SECONDS);
        assertTrue(java.util.Arrays.equals(audio, relayed), "audio in fragments is relayed byte for byte");

        // 12 KiB of text in 3 fragments
        fragments(officer, List.of("{\"type\":\"text\",\"body\":\"" + "a".repeat(4000), "b".repeat(4096),
                "c".repeat(4000) + "\"}"));
        assertEquals(1009, officer.awaitClose(), "12 KiB of text in 3 fragments closes with 1009");

        // 12 KiB of audio in 3 fragments
        WsClient second = room.officer();
        fragments(second, List.of(new byte[4096], new byte[4096], new byte[4096]));
        assertEquals(1009, second.awaitClose(), "12 KiB of audio in 3 fragments closes with 1009");

        // 2 MiB of text in 514 fragments
        WsClient third = room.officer();
        List<String> parts = new ArrayList<>();
        parts.add("{\"type\":\"text\",\"body\":\"");
        for (int i = 0; i < 512; i++) {
            parts.add("z".repeat(4096));
        }
        parts.add("\"}");
        fragments(third, parts);
        assertEquals(1009, third.awaitClose(), "2 MiB in 514 fragments closes with 1009");

        // a feed that only sends refuses a fragmented message too
        interpreter.close();
    }

    // 3. a value of the wrong JSON type is refused, naming the field

    @Test
    void wrongJsonTypesAreRefusedNamingTheField() {
        String somchai = Tokens.password("somchai");
        Instant start = Pool.daysAhead(3, 3, 0);
        String valid = booking(start, caseCode());
        refusedNaming(Http.post("/api/bookings", somchai, valid.replace("\"caseCode\"",
                "\"personIsMinor\":\"yes\",\"caseCode\"")), "personIsMinor");
        refusedNaming(Http.post("/api/bookings", somchai, valid.replace("\"durationMinutes\":60",
                "\"durationMinutes\":60.5")), "durationMinutes");
        refusedNaming(Http.post("/api/bookings", somchai, valid.replace("\"durationMinutes\":60",
                "\"durationMinutes\":\"60\"")), "durationMinutes");
        refusedNaming(Http.post("/api/bookings", somchai, valid.replace("\"language\":\"mya\"",
                "\"language\":7")), "language");
        refusedNaming(Http.post("/api/bookings", somchai, valid.replace("\"caseCode\"",
                "\"interpreterGender\":{\"value\":\"FEMALE\",\"required\":\"true\"},\"caseCode\"")),
                "interpreterGender.required");
        Pool.Interpreter linh = Pool.interpreter("it-hd-03", "vie", "Tak", "FEMALE", false);
        refusedNaming(Http.put("/api/me/on-call", linh.token(), "{\"onCall\":\"maybe\"}"), "onCall");
        refusedNaming(Http.put("/api/me/on-call", linh.token(), "{\"onCall\":1}"), "onCall");
        refusedNaming(Http.post("/api/bookings", somchai, "[1,2]"), null);
        // and the right types still go through
        assertEquals(201, Http.post("/api/bookings", somchai, valid).status());
        assertEquals(200, Http.put("/api/me/on-call", linh.token(), "{\"onCall\":true}").status());
    }

    // 4. dates out of range

    @Test
    void datesOutOfRangeAreRefused() {
        String somchai = Tokens.password("somchai");
        for (String start : List.of("2039-01-01T02:00:00Z", "9999-12-31T02:00:00Z", "+99999-01-01T00:00:00Z",
                Instant.now().plus(Duration.ofDays(3 * 365)).truncatedTo(ChronoUnit.SECONDS).toString())) {
            refusedNaming(Http.post("/api/bookings", somchai, booking(Instant.EPOCH, caseCode())
                    .replace(Instant.EPOCH.toString(), start)), "start");
        }
        refusedNaming(Http.get("/api/bookings?from=%2B99999-01-01T00:00:00Z", somchai), "from");
        refusedNaming(Http.get("/api/bookings?to=9999-01-01T00:00:00Z", somchai), "to");
        refusedNaming(Http.get("/api/audit?from=%2B99999-01-01T00:00:00Z", Pool.coordinator()), "from");
        // within range: fine
        assertEquals(200, Http.get("/api/bookings?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z", somchai)
                .status());
        Instant nearEnd = Instant.now().plus(Duration.ofDays(700)).truncatedTo(ChronoUnit.DAYS).plus(Duration
                .ofHours(3));
        assertEquals(201, Http.post("/api/bookings", somchai, booking(nearEnd, caseCode())).status(),
                "a booking up to two years ahead is accepted");
    }

    // 5. parallel retries with one Idempotency-Key

    @Test
    void parallelRetriesGetTheSameBookingOr409() throws Exception {
        String somchai = Tokens.password("somchai");
        String code = caseCode();
        String body = booking(Pool.daysAhead(4, 3, 0), code);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return Http.write("POST", "/api/bookings", somchai, body, key);
            }));
        }
        go.countDown();
        Set<String> references = new HashSet<>();
        int created = 0;
        for (Future<Http.Answer> f : answers) {
            Http.Answer a = f.get(2, TimeUnit.MINUTES);
            if (a.status() == 201) {
                created++;
                references.add(a.json().getString("reference"));
            } else {
                assertEquals(409, a.status(), a.body());
                assertTrue(a.response().headers().firstValue("Retry-After").isPresent(), "409 says when to retry");
                assertTrue(a.error().getString("error").matches(CODE));
            }
        }
        pool.shutdown();
        assertTrue(created >= 1, "at least one retry gets the booking");
        assertEquals(1, references.size(), "every 201 names the same booking: " + references);
        assertEquals(1, count("SELECT COUNT(*) FROM booking WHERE case_code = ?", code), "one booking was made");
        // a later retry gets it too
        Http.Answer later = Http.write("POST", "/api/bookings", somchai, body, key);
        assertEquals(201, later.status(), later.body());
        assertEquals(references.iterator().next(), later.json().getString("reference"));
    }

    // 6. an anonymous flood does not grow the chain without bound

    @Test
    void anAnonymousFloodIsFoldedIntoFewEntries() throws Exception {
        String bad = Tokens.tampered(Tokens.password("nok"));
        String path = "/api/bookings?status=OPEN&flood=" + UUID.randomUUID();
        long before = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_REQUEST'");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            answers.add(pool.submit(() -> Http.get(path, bad).status()));
        }
        for (Future<Integer> f : answers) {
            assertEquals(401, f.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();
        long during = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_REQUEST'") - before;
        assertTrue(during >= 1 && during <= 3, "300 refusals wrote " + during + " entries");
        // the repeats are accounted for: one entry with their count, once the fold window closes
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long folded = 0;
        while (System.nanoTime() < deadline && folded == 0) {
            Thread.sleep(500);
            folded = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_REQUEST' AND seq > "
                    + "(SELECT MAX(seq) - 50 FROM audit_entry) AND reason LIKE '401 invalid-token%repeated%'");
        }
        assertTrue(folded >= 1, "the folded repeats are written with their count");
        long total = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_REQUEST'") - before;
        assertTrue(total <= 4, "300 refusals wrote " + total + " entries in all");
        // and a different address-less refusal of another kind is still written
        Http.Answer anonymous = Http.get("/api/me", null);
        assertEquals(401, anonymous.status());
        String request = anonymous.response().headers().firstValue("X-Request-Id").orElseThrow();
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE request_id = ?", request));
    }

    // 7. an empty or null body

    @Test
    void emptyOrNullBodiesAre400() {
        String somchai = Tokens.password("somchai");
        for (String body : new String[]{null, "", "null", "   "}) {
            Http.Answer a = Http.post("/api/bookings", somchai, body);
            assertEquals(400, a.status(), "body " + body + ": " + a.body());
            assertTrue(a.error().getString("error").matches(CODE));
        }
        Http.Answer profile = Http.post("/api/interpreters", Pool.coordinator(), "null");
        assertEquals(400, profile.status(), profile.body());
        profile.error();
    }

    // 8. a page far beyond the end

    @Test
    void aPageFarBeyondTheEndIsNot500() {
        Http.Answer word = Http.get("/api/audit?page=abc", Pool.coordinator());
        assertEquals(400, word.status(), word.body());
        assertEquals("page", word.error().getString("field"), "a page that is not a number is the caller's input");
        for (String query : List.of("page=2147483647&size=500", "page=4294967&size=500", "page=0&size=500")) {
            Http.Answer a = Http.get("/api/audit?" + query, Pool.coordinator());
            assertTrue(a.status() == 200 || a.status() == 400, query + ": " + a.status() + " " + a.body());
            if (a.status() == 400) {
                assertEquals("page", a.error().getString("field"));
            }
        }
    }

    // 9. a body over the limit

    @Test
    void aHugeBodyIs413InTheErrorShape() {
        String somchai = Tokens.password("somchai");
        String huge = "{\"noteForInterpreter\":\"" + "x".repeat(2_000_000) + "\"}";
        Http.Answer a = Http.post("/api/bookings", somchai, huge);
        assertEquals(413, a.status(), a.body().length() > 300 ? a.body().substring(0, 300) : a.body());
        assertEquals("too-large", a.error().getString("error"));
        // without a Content-Length (chunked) as well
        Http.Answer chunked = Http.send(HttpRequest.newBuilder(ItConfig.app("/api/bookings"))
                .header("Authorization", "Bearer " + somchai)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build());
        assertEquals(413, chunked.status(), chunked.body().length() > 300
                ? chunked.body().substring(0, 300)
                : chunked.body());
        assertEquals("too-large", chunked.error().getString("error"));
    }

    // 10. the error page asked directly

    @Test
    void theErrorPageAskedDirectlyIsNotFound() {
        Http.Answer a = Http.get("/error", null);
        assertEquals(404, a.status(), a.body());
        assertEquals("not-found", a.error().getString("error"));
        Http.Answer post = Http.post("/error", null, "{}");
        assertEquals(404, post.status(), post.body());
        post.error();
    }

    // 11. one spelling of error codes

    @Test
    void errorCodesHaveOneSpelling() throws Exception {
        String ploy = Pool.coordinator();
        Http.Answer unknown = Http.get("/api/no-such-thing", ploy);
        assertEquals(404, unknown.status());
        assertEquals("not-found", unknown.error().getString("error"));
        Http.Answer domain = Http.get("/api/bookings/SPH-2026-999999", ploy);
        assertEquals(404, domain.status());
        assertEquals("not-found", domain.error().getString("error"));
        Http.Answer method = Http.send(HttpRequest.newBuilder(ItConfig.app("/api/me"))
                .header("Authorization", "Bearer " + ploy)
                .DELETE()
                .build());
        assertEquals(405, method.status(), method.body());
        assertEquals("method-not-allowed", method.error().getString("error"));
        Http.Answer media = Http.send(HttpRequest.newBuilder(ItConfig.app("/api/bookings"))
                .header("Authorization", "Bearer " + Tokens.password("somchai"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))
                .build());
        assertEquals(415, media.status(), media.body());
        assertEquals("unsupported-media-type", media.error().getString("error"));
        Http.Answer notJson = Http.post("/api/bookings", Tokens.password("somchai"), "{not json");
        assertEquals(400, notJson.status());
        assertEquals("bad-request", notJson.error().getString("error"));

        // the gateway's handshake refusals
        Http.Answer plain = Http.get("/gateway/notifications", null);
        assertEquals(400, plain.status());
        assertEquals("websocket-only", plain.error().getString("error"));
        for (String path : List.of("/gateway/notifications", "/gateway/sessions/nothing")) {
            Http.Answer upgrade = rawUpgrade(path);
            assertFalse(upgrade.status() == 101);
            assertTrue(upgrade.error().getString("error").matches(CODE), upgrade.body());
        }
    }

    /** A raw HTTP exchange: java.net.http may not send an Upgrade header of its own choosing. */
    private static Http.Answer rawUpgrade(String path) throws Exception {
        java.net.URI app = ItConfig.app(path);
        try (java.net.Socket socket = new java.net.Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(15_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort()
                    + "\r\nOrigin: " + ItConfig.require("saphan.it.app-url") + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                    + "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: saphan.v1, ticket.nothing\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket
                    .getInputStream()));
            String status = line(in);
            long length = -1;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String h = header.toLowerCase(java.util.Locale.ROOT);
                if (h.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).trim());
                } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                    chunked = true;
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in)
                        .trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else if (length > 0) {
                body.write(in.readNBytes((int) length));
            }
            return new Http.Answer(Integer.parseInt(status.substring(9, 12)), body.toString(
                    java.nio.charset.StandardCharsets.UTF_8), null);
        }
    }

    private static String line(java.io.DataInputStream in) throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

}
