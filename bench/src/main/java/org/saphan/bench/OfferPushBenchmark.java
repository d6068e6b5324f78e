package org.saphan.bench;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.websockets.jsr.WebSocketDeploymentInfo;
import jakarta.json.JsonObject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.saphan.bench.BenchHttp.Answer;

/**
 * Offer push at the programme's scale (issue 13), against an already running Saphan: 10,000 notification sockets
 * connected, 200 interpreters on call who alone qualify for an immediate remote booking in a language nobody else
 * speaks, one socket each; then bookings one after another, each timed from sending {@code POST /api/bookings} to its
 * offer on every one of those 200 sockets (each counted; missing ones reported). Beside it, in the same run and with
 * the same client, the floor: bare Undertow holding 10,000 sockets that on one HTTP POST sends one text to the 200
 * sockets of a group ({@link Floor}). Also the heap and resident memory of the server with and without the 10,000
 * idle sockets. Figures, not pass/fail; see bench/README.md ("Offer push at 10,000 sockets").
 */
public final class OfferPushBenchmark {

    private static final String REALM = "saphan";
    private static final String CLIENT = "saphan-cli";
    private static final String COORDINATOR = "ploy";
    private static final String REQUESTER = "somchai";
    /** Spoken only by the qualified interpreters (and nobody in the demo pool). */
    private static final String LANGUAGE = "ind";
    /** Spoken by everyone else the benchmark makes; they are never on call. */
    private static final String OTHER_LANGUAGE = "zsm";
    private static final int SOCKETS_PER_OTHER = 3;

    private final String app = System.getProperty("bench.app", "http://127.0.0.1:8080");
    private final String keycloak = System.getProperty("bench.keycloak", "http://127.0.0.1:8180");
    private final Path adminPasswordFile = Path.of(System.getProperty("bench.adminPasswordFile",
            ".saphan/keycloak-admin-password"));
    private final int sockets = Integer.getInteger("bench.push.sockets", 10_000);
    private final int qualified = Integer.getInteger("bench.push.qualified", 200);
    private final int bookings = Integer.getInteger("bench.push.bookings", 50);
    private final int warmup = Integer.getInteger("bench.push.warmup", 10);
    private final int floorPort = Integer.getInteger("bench.push.floorPort", 8091);
    private final String prefix = System.getProperty("bench.push.prefix", "bench-op-");
    private final String jfr = System.getProperty("bench.push.jfr", "");
    private final String javaHome = System.getProperty("bench.javaHome", System.getProperty("java.home"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final BenchHttp api = new BenchHttp(http);
    /** WebSocket clients spread over a few HttpClients, each with its own selector thread. */
    private final HttpClient[] wsClients = new HttpClient[8];
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private OfferPushBenchmark() {
        for (int i = 0; i < wsClients.length; i++) {
            wsClients[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        }
    }

    public static void main(String[] args) {
        try {
            new OfferPushBenchmark().run();
        } catch (Exception e) {
            // the pools' threads and the sockets would keep the JVM (and Maven) waiting forever
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** What one run of N timed broadcasts to the target sockets measured. */
    record Run(String what, Histogram every, Histogram last, Histogram answered, long expected, long received,
            long missing, long stray, long duplicates, String load) {
    }

    private void run() throws Exception {
        int others = (sockets - qualified + SOCKETS_PER_OTHER - 1) / SOCKETS_PER_OTHER;
        System.out.printf(Locale.ROOT, "%nSaphan offer push: %d notification sockets (%d qualified interpreters on "
                + "call, one socket each; %d others, %d sockets each), %d immediate bookings (+%d warm-up) one after "
                + "another; the same broadcast on a floor (bare Undertow) in the same run%n", sockets, qualified,
                others, SOCKETS_PER_OTHER, bookings, warmup);
        if (api.get(app + "/api/health", null).status() != 200) {
            throw new IllegalStateException("Saphan is not up at " + app);
        }
        long wildfly = wildflyPid();
        System.out.println("WildFly pid " + wildfly + ", JVM flags " + jvmFlags(wildfly) + "; open files limit "
                + limit(wildfly) + "; load " + load());

        String admin = api.adminToken(keycloak, adminPasswordFile);
        JsonObject realm = api.get(keycloak + "/admin/realms/" + REALM, admin).object();
        String policy = realm.getString("passwordPolicy", "");
        int lifespan = realm.getInt("accessTokenLifespan", 300);
        // for the bench's own users: cheap password hashing (3,500 grants) and tokens that outlive the run, since a
        // socket closes when the token it was admitted with expires; put back at the end
        put(admin, "{\"accessTokenLifespan\":3600,\"passwordPolicy\":\"hashIterations(1)\"}");
        List<WebSocket> open = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        String memory;
        try {
            seed(others);
            Memory idle = memory(wildfly);
            Targets saphan = new Targets(qualified);
            long t = System.nanoTime();
            open.addAll(connectSaphan(others, saphan));
            System.out.printf(Locale.ROOT, "%d sockets connected to Saphan in %.1f s; load %s%n", open.size(),
                    (System.nanoTime() - t) / 1e9, load());
            Thread.sleep(3000);
            quiet(saphan);
            Memory busy = memory(wildfly);
            System.out.println(memoryLine("Saphan", idle, busy, open.size()));
            memory = String.format(Locale.ROOT, "%.1f KB heap, %.1f KB resident", (busy.heap() - idle.heap())
                    / 1024.0 / open.size(), (busy.rss() - idle.rss()) / 1024.0 / open.size());
            if (!jfr.isEmpty()) {
                System.out.println(jcmd(wildfly, "JFR.start", "name=push", "settings=profile",
                        "filename=" + jfr).trim());
            }
            runs.add(bookings(saphan));
            if (!jfr.isEmpty()) {
                System.out.println(jcmd(wildfly, "JFR.stop", "name=push").trim());
            }
            open.forEach(WebSocket::abort);
            open.clear();

            runs.add(floor());
        } finally {
            open.forEach(WebSocket::abort);
            put(api.adminToken(keycloak, adminPasswordFile), "{\"accessTokenLifespan\":" + lifespan
                    + ",\"passwordPolicy\":\"" + policy + "\"}");
        }
        System.out.printf(Locale.ROOT, "%n%-7s %6s %8s %8s %8s %9s %9s %9s %9s %s%n", "", "sent", "received",
                "missing", "stray", "p50 ms", "p99 ms", "max ms", "last p99", "load (1/5/15 min)");
        for (Run r : runs) {
            System.out.printf(Locale.ROOT, "%-7s %6d %8d %8d %8d %9.1f %9.1f %9.1f %9.1f %s%n", r.what(),
                    r.expected(), r.received(), r.missing(), r.stray(), ms(r.every(), 50), ms(r.every(), 99),
                    r.every().getMaxValue() / 1e6, ms(r.last(), 99), r.load());
        }
        Run s = runs.get(0);
        Run f = runs.get(1);
        System.out.printf(Locale.ROOT, "Saphan / floor: p50 %.1f x, p99 %.1f x, max %.1f x (every socket of the 200)"
                + "%n", ms(s.every(), 50) / ms(f.every(), 50), ms(s.every(), 99) / ms(f.every(), 99),
                (double) s.every().getMaxValue() / f.every().getMaxValue());
        System.out.printf(Locale.ROOT, "POST /api/bookings answered: p50 %.1f ms, p99 %.1f ms; floor POST answered: "
                + "p50 %.1f ms, p99 %.1f ms%n", ms(s.answered(), 50), ms(s.answered(), 99), ms(f.answered(), 50),
                ms(f.answered(), 99));
        System.out.println("last p99 = the slowest of the 200 sockets per broadcast, its 99th percentile; received ="
                + " distinct sockets that had each broadcast; duplicates (the same offer again on a socket): Saphan "
                + s.duplicates() + ", floor " + f.duplicates());
        BenchSummary.figure("offer push: POST /api/bookings to the offer on each of " + qualified + " sockets, "
                + sockets + " connected (load " + s.load() + ")", ms(s.every(), 50), ms(s.every(), 99),
                "bare Undertow: POST to the same " + qualified + " sockets", ms(f.every(), 50), ms(f.every(), 99), 50);
        BenchSummary.value("offer push: messages missing of " + (s.expected() + f.expected()), s.missing()
                + " Saphan, " + f.missing() + " floor", "none");
        BenchSummary.value("memory of one idle notification socket", memory, null);
    }

    // ------------------------------------------------------------------------------------------------ seeding

    private void put(String admin, String body) {
        Answer a = api.send(BenchHttp.json("PUT", keycloak + "/admin/realms/" + REALM, admin, body));
        if (a.status() != 204) {
            throw new IllegalStateException("could not change the realm: " + a.status() + " " + a.body());
        }
    }

    private String qualifiedName(int i) {
        return String.format(Locale.ROOT, "%sq%04d", prefix, i);
    }

    private String otherName(int i) {
        return String.format(Locale.ROOT, "%so%05d", prefix, i);
    }

    /** Keycloak users through partialImport in batches, then a profile each; the qualified on call. */
    private void seed(int others) throws Exception {
        long t = System.nanoTime();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= qualified; i++) {
            names.add(qualifiedName(i));
        }
        for (int i = 1; i <= others; i++) {
            names.add(otherName(i));
        }
        for (int from = 0; from < names.size(); from += 500) {
            StringBuilder users = new StringBuilder();
            for (String name : names.subList(from, Math.min(names.size(), from + 500))) {
                users.append(users.isEmpty() ? "" : ",").append("""
                        {"username":"%s","enabled":true,"emailVerified":true,"firstName":"Bench","lastName":"%s",
                         "email":"%s@bench.invalid","realmRoles":["interpreter"],
                         "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                        .formatted(name, name, name, name));
            }
            Answer a = api.send(BenchHttp.json("POST", keycloak + "/admin/realms/" + REALM + "/partialImport",
                    api.adminToken(keycloak, adminPasswordFile), "{\"ifResourceExists\":\"SKIP\",\"users\":["
                            + users + "]}"));
            if (a.status() != 200) {
                throw new IllegalStateException("partialImport: " + a.status() + " " + a.body());
            }
        }
        System.out.printf(Locale.ROOT, "%d Keycloak users imported (or there already) in %.1f s%n", names.size(),
                (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        String coordinator = token(COORDINATOR);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean target = i < qualified;
            int k = i;
            work.add(pool.submit(() -> {
                long id = ensureProfile(coordinator, name, target ? LANGUAGE : OTHER_LANGUAGE, k);
                if (target) {
                    available(coordinator, id, name);
                    Answer on = api.send(BenchHttp.json("PUT", app + "/api/me/on-call", token(name),
                            "{\"onCall\":true}"));
                    if (on.status() / 100 != 2) {
                        throw new IllegalStateException("could not put " + name + " on call: " + on.status() + " "
                                + on.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d interpreter profiles (or there already), %d on call, in %.1f s; load %s%n",
                names.size(), qualified, (System.nanoTime() - t) / 1e9, load());
    }

    /** The id of the interpreter's profile, made now or found (409 when the username has one). */
    private long ensureProfile(String coordinator, String username, String language, int i) {
        String profile = """
                {"username":"%s","name":"Bench Interpreter %s","gender":"%s",
                 "languages":[{"code":"%s","level":"NATIVE","certified":true},{"code":"tha","level":"FLUENT","certified":false}],
                 "specialisations":["PSYCHOSOCIAL"],"provinces":["Bangkok"],"remote":true,
                 "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                   "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},
                   "trainings":["VICTIM_CENTRED","GENDER","TRAUMA_INFORMED"]},
                 "conflicts":[],"status":"ACTIVE"}"""
                .formatted(username, username, i % 2 == 0 ? "FEMALE" : "MALE", language);
        Answer created = api.send(BenchHttp.json("POST", app + "/api/interpreters", coordinator, profile));
        if (created.status() == 201) {
            return created.object().getJsonNumber("id").longValue();
        }
        if (created.status() != 409) {
            throw new IllegalStateException("could not create interpreter " + username + ": " + created.status()
                    + " " + created.body());
        }
        return -1; // there already: only the qualified need the id, and they were made available the first time
    }

    private void available(String coordinator, long id, String username) {
        if (id < 0) {
            return;
        }
        StringBuilder weekly = new StringBuilder();
        for (String day : new String[]{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                "SUNDAY"}) {
            weekly.append(weekly.isEmpty() ? "" : ",").append("{\"day\":\"").append(day)
                    .append("\",\"from\":\"00:00\",\"to\":\"24:00\"}");
        }
        Answer a = api.send(BenchHttp.json("PUT", app + "/api/interpreters/" + id + "/availability", coordinator,
                "{\"weekly\":[" + weekly + "],\"absences\":[]}"));
        if (a.status() / 100 != 2) {
            throw new IllegalStateException("could not set availability of " + username + ": " + a.status() + " "
                    + a.body());
        }
    }

    // ------------------------------------------------------------------------------------------------ sockets

    /**
     * The receivers of one run: which socket is a target, and when each broadcast was sent. A message names its
     * broadcast by a key (the booking's start, or the floor's sequence number).
     */
    static final class Targets {
        final int count;
        final ConcurrentMap<String, Long> sentAt = new ConcurrentHashMap<>();
        final ConcurrentMap<String, AtomicInteger> arrived = new ConcurrentHashMap<>();
        final ConcurrentMap<String, AtomicLong> lastAt = new ConcurrentHashMap<>();
        final Histogram every = new Histogram(3_600_000_000_000L, 3);
        final AtomicLong stray = new AtomicLong();
        /** The same broadcast again on a socket that had it (an open offer sent again): not counted twice. */
        final AtomicLong duplicates = new AtomicLong();
        /** When the last message of any kind reached a target socket: the replays on connecting must be over. */
        final AtomicLong lastMessage = new AtomicLong(System.nanoTime());
        volatile boolean measuring;

        Targets(int count) {
            this.count = count;
        }

        void arrived(String key, boolean target, long now, java.util.Set<String> seen) {
            if (!target) {
                stray.incrementAndGet();
                return;
            }
            lastMessage.set(now);
            Long sent = sentAt.get(key);
            if (sent == null) {
                return; // an open offer sent again on connecting, or a broadcast of no interest
            }
            if (!seen.add(key)) {
                duplicates.incrementAndGet();
                return;
            }
            arrived.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            lastAt.computeIfAbsent(key, k -> new AtomicLong()).accumulateAndGet(now, Math::max);
            if (measuring) {
                synchronized (every) {
                    every.recordValue(Math.max(0, now - sent));
                }
            }
        }
    }

    /** A socket's listener: whole text messages, each handed to the run's targets with its key. */
    static final class Receiver implements WebSocket.Listener {
        private final Targets targets;
        private final boolean target;
        private final String marker;
        private final StringBuilder partial = new StringBuilder();
        /** The broadcasts this socket has had: each counted once per socket. */
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        Receiver(Targets targets, boolean target, String marker) {
            this.targets = targets;
            this.target = target;
            this.marker = marker;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                int at = text.indexOf(marker);
                if (at >= 0 && (marker.startsWith("\"seq\"") || text.startsWith("{\"type\":\"offer\""))) {
                    int from = at + marker.length();
                    int to = text.indexOf(marker.startsWith("\"seq\"") ? "," : "\"", from);
                    targets.arrived(text.substring(from, to), target, now, seen);
                }
            }
            socket.request(1);
            return null;
        }
    }

    private List<WebSocket> connectSaphan(int others, Targets targets) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<WebSocket>> opening = new ArrayList<>();
        int n = 0;
        for (int i = 1; i <= others; i++) {
            for (int s = 0; s < SOCKETS_PER_OTHER && qualified + n < sockets; s++, n++) {
                String name = otherName(i);
                int k = n;
                opening.add(pool.submit(() -> feed(name, k, new Receiver(targets, false, "\"start\":\""))));
            }
        }
        // the qualified last: the sockets the broadcast is timed on sit behind all the others in every map
        for (int i = 1; i <= qualified; i++) {
            String name = qualifiedName(i);
            int k = i;
            opening.add(pool.submit(() -> feed(name, k, new Receiver(targets, true, "\"start\":\""))));
        }
        List<WebSocket> open = new ArrayList<>();
        try {
            for (Future<WebSocket> f : opening) {
                open.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (String.valueOf(e.getCause()).contains("WebSocketHandshakeException")) {
                throw new IllegalStateException("Saphan refused the notification sockets; if it says 403 in "
                        + "server.log (Origin), start it with SAPHAN_PUBLIC_ORIGINS=" + app, e);
            }
            throw e;
        } finally {
            pool.shutdown();
        }
        return open;
    }

    private WebSocket feed(String username, int k, Receiver receiver) throws Exception {
        Answer ticket = api.send(BenchHttp.json("POST", app + "/api/gateway-tickets", token(username),
                "{\"channel\":\"notifications\"}"));
        if (ticket.status() != 201) {
            throw new IllegalStateException("no notifications ticket for " + username + ": " + ticket.status() + " "
                    + ticket.body());
        }
        return wsClients[k % wsClients.length].newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .header("Origin", app).subprotocols("saphan.v1", "ticket." + ticket.object().getString("ticket"))
                .buildAsync(URI.create(app.replace("http://", "ws://") + "/gateway/notifications"), receiver)
                .get(60, TimeUnit.SECONDS);
    }

    // ------------------------------------------------------------------------------------------------ the runs

    private Run bookings(Targets targets) throws Exception {
        Broadcasts timed = new Broadcasts();
        Instant base = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String run = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L);
        for (int b = 0; b < warmup + bookings; b++) {
            boolean measured = b >= warmup;
            targets.measuring = measured;
            String key = base.plusSeconds(b).toString();
            String body = """
                    {"purpose":"SCREENING_INTERVIEW","mode":"REMOTE","urgency":"IMMEDIATE","start":"%s",
                     "durationMinutes":45,"language":"%s","otherLanguage":"tha","province":"Bangkok",
                     "place":"Remote session","caseCode":"BENCH-OP-%s-%d","noteForInterpreter":"Benchmark booking",
                     "requesterContact":"bench"}""".formatted(key, LANGUAGE, run, b);
            HttpRequest request = BenchHttp.json("POST", app + "/api/bookings", token(REQUESTER), body);
            timed.one(targets, key, request, 201, "could not book", measured);
        }
        return timed.run("saphan", targets);
    }

    /**
     * Waits until no message has reached a target socket for 3 s: a feed is sent its open offers on connecting (left
     * open by an earlier run on the same database), and those must not overlap the timed bookings.
     */
    private static void quiet(Targets targets) throws InterruptedException {
        long t = System.nanoTime();
        while (System.nanoTime() - targets.lastMessage.get() < 3_000_000_000L) {
            Thread.sleep(200);
        }
        System.out.printf(Locale.ROOT, "the feeds were quiet after %.1f s (open offers sent again on connecting)%n",
                (System.nanoTime() - t) / 1e9);
    }

    /** Waits until every target socket has the broadcast, or 5 s; answers how many have it. */
    /** One series of broadcasts, Saphan's or the floor's, timed alike: sent, answered, arrived on every target. */
    private final class Broadcasts {
        private final Histogram answered = new Histogram(3_600_000_000_000L, 3);
        private final Histogram last = new Histogram(3_600_000_000_000L, 3);
        private long expected;
        private long missing;

        /** Sends one broadcast's request, waits for it on the targets, and counts it when it is measured. */
        void one(Targets targets, String key, HttpRequest request, int status, String refused, boolean measured)
                throws Exception {
            long sent = System.nanoTime();
            targets.sentAt.put(key, sent);
            Answer a = api.send(request);
            long done = System.nanoTime();
            if (a.status() != status) {
                throw new IllegalStateException(refused + ": " + a.status() + " " + a.body());
            }
            int got = await(targets, key);
            if (measured) {
                answered.recordValue(done - sent);
                expected += targets.count;
                missing += targets.count - got;
                AtomicLong at = targets.lastAt.get(key);
                if (got == targets.count && at != null) {
                    last.recordValue(at.get() - sent);
                }
            }
            Thread.sleep(100);
        }

        Run run(String what, Targets targets) {
            return new Run(what, copy(targets.every), last, answered, expected, expected - missing, missing,
                    targets.stray.get(), targets.duplicates.get(), load());
        }
    }

    private static int await(Targets targets, String key) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            AtomicInteger got = targets.arrived.get(key);
            if (got != null && got.get() >= targets.count) {
                return got.get();
            }
            LockSupport.parkNanos(100_000);
        }
        AtomicInteger got = targets.arrived.get(key);
        return got == null ? 0 : got.get();
    }

    private static Histogram copy(Histogram h) {
        synchronized (h) {
            return h.copy();
        }
    }

    /** The floor, in a JVM of its own with WildFly's heap flags: the same sockets, one text to the group per POST. */
    private Run floor() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaHome + "/bin/java", "-Xms64m", "-Xmx1g",
                "-Djava.net.preferIPv4Stack=true", "-cp", System.getProperty("java.class.path"),
                Floor.class.getName(), Integer.toString(floorPort)));
        Process floor = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(floor.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            while (line != null && !line.startsWith("floor listening")) {
                line = out.readLine();
            }
            System.out.println("floor pid " + floor.pid() + ": " + line);
            Memory idle = memory(floor.pid());
            Targets targets = new Targets(qualified);
            String ws = "ws://127.0.0.1:" + floorPort + "/floor/";
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<WebSocket>> opening = new ArrayList<>();
            long t = System.nanoTime();
            for (int i = 0; i < sockets; i++) {
                boolean target = i >= sockets - qualified;
                int k = i;
                opening.add(pool.submit(() -> wsClients[k % wsClients.length].newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(30))
                        .buildAsync(URI.create(ws + (target ? "target" : "idle")), new Receiver(targets, target,
                                "\"seq\":"))
                        .get(60, TimeUnit.SECONDS)));
            }
            List<WebSocket> open = new ArrayList<>();
            for (Future<WebSocket> f : opening) {
                open.add(f.get());
            }
            pool.shutdown();
            System.out.printf(Locale.ROOT, "%d sockets connected to the floor in %.1f s%n", open.size(),
                    (System.nanoTime() - t) / 1e9);
            Thread.sleep(3000);
            System.out.println(memoryLine("floor", idle, memory(floor.pid()), open.size()));
            // about the size of an offer message
            String padding = "x".repeat(300);
            Broadcasts timed = new Broadcasts();
            for (int b = 0; b < warmup + bookings; b++) {
                boolean measured = b >= warmup;
                targets.measuring = measured;
                String key = Integer.toString(b);
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + floorPort
                        + "/push/target")).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers
                                .ofString("{\"type\":\"offer\",\"seq\":" + key + ",\"pad\":\"" + padding
                                        + "\"}"))
                        .build();
                timed.one(targets, key, request, 204, "floor", measured);
            }
            open.forEach(WebSocket::abort);
            return timed.run("floor", targets);
        } finally {
            floor.destroy();
            floor.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ------------------------------------------------------------------------------------------------ memory

    /** Live heap after a full GC (the class histogram's total) and resident memory, of a process. */
    record Memory(long heap, long rss) {
    }

    private Memory memory(long pid) throws IOException, InterruptedException {
        // GC.class_histogram runs a full GC first: what remains is live
        String histogram = jcmd(pid, "GC.class_histogram");
        long heap = -1;
        for (String line : histogram.split("\n")) {
            if (line.startsWith("Total")) {
                String[] f = line.trim().split("\\s+");
                heap = Long.parseLong(f[2]);
            }
        }
        long rss = -1;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return new Memory(heap, rss);
    }

    private static String memoryLine(String who, Memory idle, Memory busy, int count) {
        return String.format(Locale.ROOT, "%s memory: live heap %.1f MB idle -> %.1f MB with %d sockets = %.1f KB "
                + "per socket; RSS %.1f MB -> %.1f MB = %.1f KB per socket", who, idle.heap() / 1e6,
                busy.heap()
                        / 1e6,
                count, (busy.heap() - idle.heap()) / 1024.0 / count, idle.rss() / 1e6, busy.rss()
                        / 1e6,
                (busy.rss() - idle.rss()) / 1024.0 / count);
    }

    private String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaHome + "/bin/jcmd", Long.toString(pid)));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return out;
    }

    // ------------------------------------------------------------------------------------------------ processes

    /** The java process of the WildFly that ./saphan started (.saphan/wildfly.pid beside the admin password). */
    private long wildflyPid() throws IOException {
        return BenchServer.wildflyPid(adminPasswordFile.resolveSibling("wildfly.pid"));
    }

    private static List<String> jvmFlags(long pid) throws IOException {
        List<String> flags = new ArrayList<>();
        for (String a : Files.readString(Path.of("/proc/" + pid + "/cmdline")).split("\0")) {
            if (a.startsWith("-Xm") || a.startsWith("-XX:")) {
                flags.add(a);
            }
        }
        return flags;
    }

    private static String limit(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/limits"))) {
            if (line.startsWith("Max open files")) {
                return line.replaceAll("\\s+", " ").replace("Max open files ", "").trim();
            }
        }
        return "?";
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
    }

    // ------------------------------------------------------------------------------------------------ tokens

    /** A password-grant token (password = username), one per user for the whole run (the realm's lifespan). */
    private String token(String username) {
        return tokens.computeIfAbsent(username, this::fetchToken);
    }

    private String fetchToken(String username) {
        for (int attempt = 1;; attempt++) {
            Answer a = api.form(keycloak + "/realms/" + REALM + "/protocol/openid-connect/token",
                    "grant_type=password&client_id=" + BenchHttp.enc(CLIENT) + "&username=" + BenchHttp.enc(username)
                            + "&password=" + BenchHttp.enc(username));
            if (a.status() == 200) {
                return a.object().getString("access_token");
            }
            if (attempt >= 5) {
                throw new IllegalStateException("no token for " + username + ": " + a.status() + " " + a.body());
            }
            LockSupport.parkNanos(1_000_000_000L);
        }
    }

    // ------------------------------------------------------------------------------------------------ the floor

    /**
     * The floor: the least a server on bare Undertow's Jakarta WebSocket (the version WildFly 39 ships) does to push
     * one text to a group of sockets. Sockets join a group by path ({@code /floor/{group}}); {@code POST
     * /push/{group}} sends its body to every socket of the group with asynchronous sends on the request's own I/O
     * thread, and answers 204. No tickets, no database, no JSON. Argument: the port.
     */
    public static final class Floor {

        static final ConcurrentMap<String, List<Session>> GROUPS = new ConcurrentHashMap<>();

        private Floor() {
        }

        public static void main(String[] args) throws Exception {
            int port = Integer.parseInt(args.length > 0 ? args[0] : "8091");
            WebSocketDeploymentInfo ws = new WebSocketDeploymentInfo()
                    .setBuffers(new DefaultByteBufferPool(true, 16 * 1024))
                    .setDispatchToWorkerThread(false)
                    .addEndpoint(Member.class);
            DeploymentInfo deployment = Servlets.deployment()
                    .setClassLoader(Floor.class.getClassLoader())
                    .setContextPath("/")
                    .setDeploymentName("floor-push.war")
                    .addServletContextAttribute(WebSocketDeploymentInfo.ATTRIBUTE_NAME, ws);
            DeploymentManager manager = Servlets.defaultContainer().addDeployment(deployment);
            manager.deploy();
            HttpHandler push = exchange -> exchange.getRequestReceiver().receiveFullString((ex, text) -> {
                String group = ex.getRelativePath().replace("/", "");
                for (Session s : GROUPS.getOrDefault(group, List.of())) {
                    if (s.isOpen()) {
                        s.getAsyncRemote().sendText(text, r -> {
                        });
                    }
                }
                ex.setStatusCode(204);
                ex.endExchange();
            });
            Undertow server = Undertow.builder()
                    .addHttpListener(port, "127.0.0.1")
                    .setHandler(Handlers.path(manager.start()).addPrefixPath("/push", push))
                    .build();
            server.start();
            System.out.println("floor listening on 127.0.0.1:" + port + ", " + Runtime.getRuntime()
                    .availableProcessors() + " processors");
            System.out.flush();
        }

        /** One socket of a group. */
        @ServerEndpoint("/floor/{group}")
        public static class Member {

            @OnOpen
            public void open(Session session, @PathParam("group") String group) {
                session.getUserProperties().put("group", group);
                GROUPS.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>()).add(session);
            }

            @OnClose
            public void close(Session session) {
                List<Session> group = GROUPS.get((String) session.getUserProperties().get("group"));
                if (group != null) {
                    group.remove(session);
                }
            }

            @OnError
            public void error(Session session, Throwable t) {
                // closed by the container
            }
        }
    }
}
