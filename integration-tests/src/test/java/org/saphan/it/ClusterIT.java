package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Saphan on two WildFly nodes behind HAProxy (issue 14), with real parts: a MariaDB of the test's own that both nodes
 * share, the tests' Keycloak, and the balancer configured by {@code ./saphan lb-config}, as {@code ./saphan run
 * --cluster 2} configures it. An offer committed on one node reaches a phone on the other, and so does its
 * withdrawal; a room's participants meet on one node through the balancer; then that node is killed with {@code kill
 * -9}: feeds and room come back on the survivor, acknowledged bookings stay, none has two assignments, and the offer
 * clock, which ran on both nodes' lease meanwhile, sent each wave once and expired each offer once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int DB_PORT = 17990;
    /** Only needs to be free: the second node uses the first one's database. */
    private static final int UNUSED_DB_PORT = 17991;
    private static final int OFFSET_A = 930;
    private static final int OFFSET_B = 931;
    private static final int BALANCER_PORT = 18930;
    private static final String BALANCER = "http://127.0.0.1:" + BALANCER_PORT;

    private static FaultServer a;
    private static FaultServer b;
    private static Process haproxy;
    private static Path work;
    private static String somchai;
    private static String ploy;
    private static Instant clockStarted;
    private static String clockBooking;

    @BeforeAll
    static void startCluster() throws Exception {
        work = Files.createTempDirectory("saphan-cluster-");
        Path discovery = Files.createDirectories(work.resolve("discovery"));
        a = new FaultServer("cluster-a", DB_PORT, OFFSET_A);
        b = new FaultServer("cluster-b", UNUSED_DB_PORT, OFFSET_B).through(DB_PORT);
        for (FaultServer node : List.of(a, b)) {
            node.with("SAPHAN_CLUSTER_DIR", discovery.toString())
                    .with("SAPHAN_PUBLIC_ORIGINS", BALANCER)
                    .with("SAPHAN_BEHIND_PROXY", "true")
                    .with("SAPHAN_LOG_LEVEL", "FINE") // the relay's every notice, in target/cluster-logs
                    // one interpreter per wave and a minute per wave, so that a test sees the clock at work
                    .with("SAPHAN_OFFERS_WAVE_SIZE", "1")
                    .with("SAPHAN_OFFERS_TIMEOUT_MINUTES", "1");
        }
        a.startDatabase();
        a.startWildFly(); // migrates the schema; then the second node joins it
        b.startWildFly();
        Path config = work.resolve("haproxy.cfg");
        Process generate = new ProcessBuilder(ItConfig.root().resolve("saphan").toString(), "lb-config", "2",
                String.valueOf(BALANCER_PORT), String.valueOf(8080 + OFFSET_A))
                .redirectOutput(config.toFile()).redirectErrorStream(false).start();
        assertEquals(0, generate.waitFor(), "./saphan lb-config");
        haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("haproxy.log").toFile()).start();
        FaultServer.waitFor(() -> {
            Http.Answer health = quietly("GET", "/api/health", null, null);
            return health != null && health.status() == 200;
        }, Duration.ofSeconds(30), "HAProxy on " + BALANCER);
        somchai = Tokens.password("somchai");
        ploy = Pool.coordinator();

        // the offer clock's booking: three interpreters, one wave a minute; looked at in the last test
        for (int i = 1; i <= 3; i++) {
            a.interpreter(ploy, "it-cluster-clock-%d".formatted(i), "khm", "FEMALE");
        }
        clockStarted = Instant.now();
        clockBooking = a.post("/api/bookings", somchai, Pool.booking("SCHEDULED", "REMOTE", Pool.daysAhead(20, 3, 0),
                60, "khm", "Bangkok", caseCode())).json().getString("reference");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (haproxy != null) {
            haproxy.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (FaultServer node : new FaultServer[]{b, a}) {
            if (node != null) {
                node.keepLog(Path.of("target", "cluster-logs"));
                node.close();
            }
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void anOfferCommittedOnOneNodeAndItsWithdrawalReachAPhoneOnTheOther() throws Exception {
        onCall(a.interpreter(ploy, "it-cluster-01", "vie", "MALE"), "it-cluster-01");
        onCall(a.interpreter(ploy, "it-cluster-02", "vie", "FEMALE"), "it-cluster-02");
        String firstToken = Tokens.password("it-cluster-01");
        String secondToken = Tokens.password("it-cluster-02");
        // the first interpreter's phone is on node B; everything else happens on node A
        WsClient phone = WsClient.connect(URI.create(b.baseUrl().replace("http://", "ws://")
                + "/gateway/notifications"), ticket(a, firstToken, "{\"channel\":\"notifications\"}"), BALANCER);
        phone.drain(500);

        Instant start = Instant.now().plusSeconds(300).truncatedTo(ChronoUnit.SECONDS);
        String reference = a.post("/api/bookings", somchai, Pool.booking("IMMEDIATE", "REMOTE", start, 45, "vie",
                "Bangkok", caseCode())).json().getString("reference");
        JsonObject offer = phone.next("offer").getJsonObject("offer");
        assertEquals(start.toString(), offer.getString("start"), "the offer made on A, heard on B");
        long offerId = offer.getJsonNumber("id").longValue();

        long secondOffer = openOffer(a, secondToken, start);
        Http.Answer accepted = a.post("/api/offers/" + secondOffer + "/accept", secondToken, null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(offerId, phone.next("offer-withdrawn").getJsonNumber("offerId").longValue(),
                "and so is its withdrawal, after it");
        assertEquals(reference, accepted.json().getString("reference"));
        phone.close();
    }

    @Test
    @Order(2)
    void wrongJoinCodesCountAcrossTheNodes() throws Exception {
        // half the tries on each node, from one address
        for (int i = 0; i < 10; i++) {
            FaultServer node = i % 2 == 0 ? a : b;
            assertTrue(Set.of(400, 404).contains(guess(node).status()), "wrong code, try " + (i + 1));
        }
        Http.Answer refused = guess(a);
        assertEquals(429, refused.status(), "ten wrong codes in all, five on each node: " + refused.body());
        assertEquals(429, guess(b).status());
        try (Connection c = a.database(); PreparedStatement s = c.prepareStatement("DELETE FROM guess_window")) {
            s.executeUpdate(); // this address's guests join rooms in the next test
        }
    }

    @Test
    @Order(3)
    void aRoomsParticipantsMeetOnOneNodeAndWhenItDiesEverythingComesBackOnTheOther() throws Exception {
        // a room of three, through the balancer
        String interpreterToken = assignedInterpreter("it-cluster-03", "lao");
        Instant start = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String reference = balancer("POST", "/api/bookings", somchai, Pool.booking("SCHEDULED", "REMOTE", start, 60,
                "lao", "Bangkok", caseCode())).json().getString("reference");
        long offer = openOffer(a, interpreterToken, start);
        assertEquals(200, balancer("POST", "/api/offers/" + offer + "/accept", interpreterToken, null).status());
        String room = "/gateway/sessions/" + reference;
        WsClient officer = joinRoom(room, ticket(null, somchai, session(reference)));
        WsClient interpreter = joinRoom(room, ticket(null, interpreterToken, session(reference)));
        JsonObject guestAdmitted = guestTicket(reference);
        WsClient guest = joinRoom(room, guestAdmitted.getString("ticket"));
        assertEquals(2, guest.next("joined").getJsonArray("participants").size(),
                "the three landed on one node and see each other");
        officer.next("joined");
        interpreter.next("joined");
        heardByAll(officer, interpreter, guest);
        FaultServer roomNode = nodeServing(room);
        FaultServer survivor = roomNode == a ? b : a;

        // feeds through the balancer, on both nodes, each with an open offer
        List<String> feedTokens = new ArrayList<>();
        for (int i = 4; i <= 7; i++) {
            String name = "it-cluster-%02d".formatted(i);
            onCall(survivor.interpreter(ploy, name, "ksw", i % 2 == 0 ? "MALE" : "FEMALE"), name);
            feedTokens.add(Tokens.password(name));
        }
        Instant urgent = Instant.now().plusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
        balancer("POST", "/api/bookings", somchai, Pool.booking("IMMEDIATE", "REMOTE", urgent, 30, "ksw", "Bangkok",
                caseCode()));
        List<WsClient> feeds = new ArrayList<>();
        for (String token : feedTokens) {
            WsClient feed = connect("/gateway/notifications", ticket(null, token, "{\"channel\":\"notifications\"}"));
            feed.next("offer");
            feeds.add(feed);
        }

        // bookings and accepts keep coming through the balancer while the node dies: Mon bookings, each offered
        // to one of two Mon interpreters, who take what they are offered
        List<String> takers = List.of(assignedInterpreter("it-cluster-08", "mnw"),
                assignedInterpreter("it-cluster-09", "mnw"));
        Map<String, Boolean> booked = new ConcurrentHashMap<>();
        Map<String, Boolean> acceptedBookings = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService burst = Executors.newFixedThreadPool(3);
        burst.submit(() -> {
            int n = 0;
            while (!stop.get()) {
                Instant at = Pool.daysAhead(30 + n / 8, 1 + n % 8, 0);
                n++;
                Http.Answer made = quietly("POST", "/api/bookings", somchai, Pool.booking("SCHEDULED", "REMOTE", at,
                        60, "mnw", "Bangkok", caseCode()));
                if (made != null && made.status() == 201) {
                    booked.put(made.json().getString("reference"), true);
                }
            }
            return null;
        });
        for (String token : takers) {
            burst.submit(() -> {
                while (!stop.get()) {
                    Http.Answer offers = quietly("GET", "/api/offers", token, null);
                    if (offers != null && offers.status() == 200) {
                        for (JsonObject o : offers.array().getValuesAs(JsonObject.class)) {
                            Http.Answer took = quietly("POST", "/api/offers/" + o.getJsonNumber("id") + "/accept",
                                    token, null);
                            if (took != null && took.status() == 200) {
                                acceptedBookings.put(took.json().getString("reference"), true);
                            }
                        }
                    }
                    Thread.sleep(100);
                }
                return null;
            });
        }
        FaultServer.waitFor(() -> booked.size() >= 3, Duration.ofSeconds(60), "bookings before the kill");

        long killed = System.nanoTime();
        roomNode.killWildFly();

        // the room: whoever was on the dead node rejoins through the balancer and the room goes on from the survivor
        officer.awaitClose();
        officer = joinRoom(room, ticket(null, somchai, session(reference)));
        interpreter = joinRoom(room, ticket(null, interpreterToken, session(reference)));
        Http.Answer rejoin = balancer("POST", "/api/guest-tickets", null, "{\"rejoin\":\""
                + guestAdmitted.getString("rejoin") + "\"}");
        assertEquals(200, rejoin.status(), rejoin.body());
        guest = joinRoom(room, rejoin.json().getString("ticket"));
        guest.next("joined");
        officer.next("joined");
        interpreter.next("joined");
        long roomBack = System.nanoTime();
        heardByAll(officer, interpreter, guest);
        assertEquals(survivor, nodeServing(room), "the room moved whole to the survivor");

        // the feeds that were on the dead node reconnect by themselves and get their open offers again
        int reconnected = 0;
        for (int i = 0; i < feeds.size(); i++) {
            if (feeds.get(i).closed.isDone()) {
                WsClient again = connect("/gateway/notifications", ticket(null, feedTokens.get(i),
                        "{\"channel\":\"notifications\"}"));
                again.next("offer");
                feeds.set(i, again);
                reconnected++;
            }
        }
        long feedsBack = System.nanoTime();
        System.out.printf("failover: room back after %d ms, %d feeds back after %d ms%n",
                (roomBack - killed) / 1_000_000, reconnected, (feedsBack - killed) / 1_000_000);

        Thread.sleep(3000);
        stop.set(true);
        burst.shutdown();
        assertTrue(burst.awaitTermination(60, TimeUnit.SECONDS));
        for (String booking : booked.keySet()) {
            assertEquals(200, balancer("GET", "/api/bookings/" + booking, somchai, null).status(),
                    "acknowledged booking " + booking + " is there after the kill");
        }
        try (Connection c = a.database();
                PreparedStatement twice = c.prepareStatement("SELECT COUNT(*) FROM (SELECT booking_reference "
                        + "FROM assignment GROUP BY booking_reference HAVING COUNT(*) > 1) t")) {
            try (ResultSet rs = twice.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no booking has two assignments");
            }
        }
        for (String accepted : acceptedBookings.keySet()) {
            assertEquals("ASSIGNED", balancer("GET", "/api/bookings/" + accepted, ploy, null).json()
                    .getString("status"), "the acknowledged accept of " + accepted + " stands");
        }
        feeds.forEach(WsClient::close);
    }

    @Test
    @Order(4)
    void theOfferClockSentEachWaveOnceAndExpiredEachOfferOnce() throws Exception {
        // three waves a minute apart, one of them across the kill (the lease passes within its 30 s term)
        Duration run = Duration.ofSeconds(150);
        Duration left = run.minus(Duration.between(clockStarted, Instant.now()));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        try (Connection c = a.database()) {
            Map<String, Integer> made = perOffer(c, "OFFER_MADE");
            Map<String, Integer> expired = perOffer(c, "OFFER_EXPIRE");
            assertTrue(made.size() >= 2, "at least two waves went out: " + made);
            assertTrue(expired.size() >= 1, "at least one offer expired: " + expired);
            made.forEach((offer, times) -> assertEquals(1, times, "offer " + offer + " made once"));
            expired.forEach((offer, times) -> assertEquals(1, times, "offer " + offer + " expired once"));
            try (PreparedStatement s = c.prepareStatement("SELECT holder FROM cluster_lease WHERE name = ?")) {
                s.setString(1, "offer-clock");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertTrue(Set.of("cluster-a", "cluster-b").contains(rs.getString(1)), rs.getString(1));
                }
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** How often each offer of the clock's booking is listed in the booking's entries of this action. */
    private static Map<String, Integer> perOffer(Connection c, String action) throws Exception {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT object_ids FROM audit_entry "
                + "WHERE action = ? AND object_type = 'booking' AND object_id = ?")) {
            s.setString(1, action);
            s.setString(2, clockBooking);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (String offer : rs.getString(1).split(",")) {
                        counts.merge(offer, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static String caseCode() {
        return "IT-CL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
    }

    private static String session(String reference) {
        return "{\"channel\":\"session\",\"booking\":\"" + reference + "\"}";
    }

    private static void onCall(long id, String username) {
        assertEquals(200, a.write("PUT", "/api/me/on-call", Tokens.password(username), "{\"onCall\":true}")
                .status(), "interpreter " + id + " on call");
    }

    private static String assignedInterpreter(String username, String language) {
        a.interpreter(ploy, username, language, "FEMALE");
        return Tokens.password(username);
    }

    /** A gateway ticket, from a node or (server null) through the balancer. */
    private static String ticket(FaultServer server, String token, String json) {
        Http.Answer t = server == null
                ? balancer("POST", "/api/gateway-tickets", token, json)
                : server.post("/api/gateway-tickets", token, json);
        assertEquals(201, t.status(), t.body());
        return t.json().getString("ticket");
    }

    private static JsonObject guestTicket(String reference) {
        Http.Answer code = balancer("POST", "/api/bookings/" + reference + "/guest-codes", somchai, null);
        assertEquals(201, code.status(), code.body());
        Http.Answer admitted = balancer("POST", "/api/guest-tickets", null, "{\"code\":\"" + code.json()
                .getString("code") + "\"}");
        assertEquals(200, admitted.status(), admitted.body());
        return admitted.json();
    }

    private static long openOffer(FaultServer server, String token, Instant start) {
        for (JsonObject o : server.get("/api/offers", token).array().getValuesAs(JsonObject.class)) {
            if (o.getString("start").equals(start.toString())) {
                return o.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no open offer for " + start);
    }

    private static WsClient connect(String path, String ticket) {
        return WsClient.connect(URI.create(BALANCER.replace("http://", "ws://") + path), ticket, BALANCER);
    }

    private static WsClient joinRoom(String room, String ticket) {
        return connect(room, ticket);
    }

    /** Each one's text and audio reaches the two others. */
    private static void heardByAll(WsClient... participants) throws Exception {
        for (WsClient speaker : participants) {
            speaker.drain(300);
        }
        for (WsClient speaker : participants) {
            byte[] frame = ("audio " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
            speaker.binary(frame);
            for (WsClient listener : participants) {
                if (listener != speaker) {
                    assertArrayEquals(frame, listener.binaries.poll(10, TimeUnit.SECONDS), "audio relayed");
                }
            }
        }
        participants[0].text("{\"type\":\"text\",\"body\":\"can you hear me\"}");
        assertEquals("can you hear me", participants[1].next("text").getString("body"));
        assertEquals("can you hear me", participants[2].next("text").getString("body"));
    }

    /** The node whose access log shows the room's latest handshake. */
    private static FaultServer nodeServing(String room) throws Exception {
        FaultServer[] found = new FaultServer[1];
        FaultServer.waitFor(() -> {
            int onA = countIn(a, room);
            int onB = countIn(b, room);
            found[0] = onA > 0 && onB == 0 ? a : onB > 0 && onA == 0 ? b : found[0];
            if (onA > 0 && onB > 0) {
                found[0] = lastIn(a, room).compareTo(lastIn(b, room)) > 0 ? a : b;
            }
            return found[0] != null;
        }, Duration.ofSeconds(15), "the access log of the node serving " + room);
        return found[0];
    }

    private static int countIn(FaultServer node, String room) {
        try {
            return (int) node.accessLog().lines().filter(l -> l.contains("GET " + room + " ")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String lastIn(FaultServer node, String room) {
        try {
            return node.accessLog().lines().filter(l -> l.contains("GET " + room + " ")).reduce((x, y) -> y)
                    .map(l -> l.substring(l.indexOf('[') + 1, l.indexOf(']'))).orElse("");
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static Http.Answer guess(FaultServer node) {
        return node.post("/api/guest-tickets", null, "{\"code\":\"WRONG-CODE-" + UUID.randomUUID().toString()
                .substring(0, 8) + "\"}");
    }

    private static Http.Answer balancer(String method, String path, String token, String json) {
        return Http.write(URI.create(BALANCER + path), Duration.ofSeconds(30), method, token, json, null);
    }

    /** A request during the kill: null when it got no answer at all (not acknowledged). */
    private static Http.Answer quietly(String method, String path, String token, String json) {
        try {
            return balancer(method, path, token, json);
        } catch (AssertionError | RuntimeException e) {
            return null;
        }
    }
}
