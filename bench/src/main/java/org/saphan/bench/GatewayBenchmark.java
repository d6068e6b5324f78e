package org.saphan.bench;

import org.saphan.bench.BenchHttp.Answer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The gateway against two floors on the same core, bare Undertow without dispatch to workers ({@link FloorRelay}) and a
 * plain Node {@code ws} relay (src/main/node/relay.js, skipped when node is absent), and the offer push, against an
 * already running Saphan: figures, not pass/fail. See bench/README.md ("Gateway: relay against a floor and a Node
 * relay, and offer push") for what it does and how to read it.
 */
public final class GatewayBenchmark {

    private static final String REALM = "saphan";
    private static final String CLIENT = "saphan-cli";
    private static final String COORDINATOR = "ploy";
    private static final String REQUESTER = "somchai";
    /** The third participant of every room: a second requester of somchai's agency instead of a guest (see README). */
    private static final String SECOND_REQUESTER = "malee";
    private static final String ROOM_PREFIX = "bench-gw-";
    private static final String PUSH_PREFIX = "bench-push2-";
    private static final String[] PUSH_LANGUAGES = {"ind", "zsm", "cmn", "ben"};
    private static final int FRAME_BYTES = 160;
    private static final int FRAMES_PER_SECOND = 50;
    private static final long PERIOD_NANOS = 1_000_000_000L / FRAMES_PER_SECOND;
    private static final long CLK_TCK = 100;

    private final String app = System.getProperty("bench.app", "http://127.0.0.1:8080");
    private final String keycloak = System.getProperty("bench.keycloak", "http://127.0.0.1:8180");
    private final Path adminPasswordFile = Path.of(System.getProperty("bench.adminPasswordFile",
            "/work/bench-wt/.saphan/keycloak-admin-password"));
    private final int[] roomCounts = Arrays.stream(System.getProperty("bench.rooms", "50,100,150,200").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).filter(n -> n > 0).toArray();
    private final int seconds = Integer.getInteger("bench.seconds", 15);
    private final int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 5);
    private final int sockets = Integer.getInteger("bench.sockets", 1000);
    private final int offers = Integer.getInteger("bench.offers", 100);
    private final int floorPort = Integer.getInteger("bench.floorPort", 8090);
    private final String serverCpus = System.getProperty("bench.serverCpus", "1");
    private final int nodePort = Integer.getInteger("bench.nodePort", 8091);
    private final String nodeCommand = System.getProperty("bench.node", "node");
    private final String nodeScript = System.getProperty("bench.nodeScript", "src/main/node/relay.js");
    private final String nodeDir = System.getProperty("bench.nodeDir", "target/node-relay");
    private final String jfrDir = System.getProperty("bench.jfr", "");
    private final String wsVersion = System.getProperty("bench.wsVersion", "8.23.1");
    private final String javaHome = System.getProperty("bench.javaHome", System.getProperty("java.home"));
    private final String wsBase = app.replace("http://", "ws://");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchHttp api = new BenchHttp(http);
    /** WebSocket clients spread over a few HttpClients, each with its own selector thread. */
    private final HttpClient[] wsClients = new HttpClient[4];
    private final Map<String, Tok> tokens = new ConcurrentHashMap<>();

    private GatewayBenchmark() {
        for (int i = 0; i < wsClients.length; i++) {
            wsClients[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        }
    }

    public static void main(String[] args) {
        try {
            new GatewayBenchmark().run();
        } catch (Exception | Error e) {
            // the HttpClients' threads would keep a failed run alive
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    record Result(String relay, int rooms, long expected, long delivered, Histogram latency, double cpuMicros,
            long queuedSends, long textsDelivered, long textsExpected, int closed, String load) {
        double share() {
            return expected == 0 ? 0 : (double) delivered / expected;
        }

        double p(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1e6;
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "%nSaphan gateway benchmark: rooms of 3 x %d frames/s of %d bytes + 1 text/s "
                + "each, gateway vs floor relay (Undertow, no dispatch) and Node ws relay; then offer push with %d notification sockets%n",
                FRAMES_PER_SECOND,
                FRAME_BYTES, sockets);
        System.out.printf(Locale.ROOT, "generator JVM %s, %d processors visible (taskset); rooms %s; %d s warm-up + "
                + "%d s measured per run%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Arrays.toString(roomCounts), warmupSeconds, seconds);
        if (get(app + "/api/health", null).status() != 200) {
            throw new IllegalStateException("Saphan is not up at " + app);
        }
        long wildfly = wildflyPid();
        List<String> flags = jvmFlags(wildfly);
        System.out.println("WildFly pid " + wildfly + ", affinity " + affinity(wildfly) + "; its JVM flags for the "
                + "floor: " + flags);

        int maxRooms = Arrays.stream(roomCounts).max().orElse(0);
        List<String[]> rooms = maxRooms > 0 ? seedRooms(maxRooms) : List.of();

        Process floor = null;
        Process node = null;
        List<Result> results = new ArrayList<>();
        if (maxRooms > 0) {
            List<String> cmd = new ArrayList<>(List.of("taskset", "-c", serverCpus, javaHome + "/bin/java"));
            cmd.addAll(flags);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), FloorRelay.class.getName(),
                    Integer.toString(floorPort)));
            floor = startRelay("floor", cmd, "floor relay listening");
            node = startNodeRelay();
        }
        try {
            List<String> relays = new ArrayList<>(List.of("floor"));
            if (node != null) {
                relays.add("node");
            }
            relays.add("gateway");
            List<String> done = new ArrayList<>();
            for (int n : roomCounts) {
                for (String relay : relays) {
                    if (done.contains(relay)) {
                        continue;
                    }
                    long pid = switch (relay) {
                        case "floor" -> floor.pid();
                        case "node" -> node.pid();
                        default -> wildfly;
                    };
                    Result r = load(relay, n, rooms, pid);
                    results.add(r);
                    print(r);
                    if (r.share() < 0.5) {
                        done.add(relay);
                    }
                }
                if (done.size() == relays.size()) {
                    System.out.println("delivery collapsed for every relay; stopping at " + n + " rooms");
                    break;
                }
            }
        } finally {
            for (Process p : new Process[]{floor, node}) {
                if (p != null) {
                    p.destroy();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        summary(results);
        if (sockets > 0 && offers > 0) {
            offerPush();
        }
    }

    // ------------------------------------------------------------------------------------------------ rooms

    /** Per room: booking reference, interpreter username. Bookings start in 5 minutes and last 3 hours. */
    private List<String[]> seedRooms(int count) throws Exception {
        long t = System.nanoTime();
        String admin = adminToken();
        String coordinator = token(COORDINATOR);
        Instant start = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String run = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L);
        List<String[]> rooms = new ArrayList<>();
        Map<Long, String> open = openBenchRooms(coordinator);
        // one at a time: concurrent bookings + assigns deadlocked in MariaDB (a 500 from /assign, see README)
        ExecutorService pool = Executors.newFixedThreadPool(1);
        List<Future<String[]>> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int k = i;
            made.add(pool.submit(() -> {
                String username = String.format(Locale.ROOT, "%s%03d", ROOM_PREFIX, k);
                ensureUser(adminToken(), username);
                long id = ensureProfile(coordinator, username, "mya", k);
                if (open.containsKey(id)) {
                    // an earlier run's room, still open: a second booking would overlap (OVERLAP is not overridable)
                    return new String[]{open.get(id), username};
                }
                Answer b = send(json("POST", app + "/api/bookings", token(REQUESTER), booking("SCHEDULED", start,
                        180, "mya", "BENCH-GW-" + run + "-" + k)));
                if (b.status() != 201) {
                    throw new IllegalStateException("could not book: " + b.status() + " " + b.body());
                }
                String ref = b.object().getString("reference");
                Answer a = send(json("POST", app + "/api/bookings/" + ref + "/assign", coordinator,
                        "{\"interpreterId\":" + id + ",\"reason\":\"gateway benchmark\",\"override\":true}"));
                if (a.status() / 100 != 2) {
                    throw new IllegalStateException("could not assign " + ref + " to " + username + ": " + a.status()
                            + " " + a.body());
                }
                return new String[]{ref, username};
            }));
        }
        for (Future<String[]> f : made) {
            rooms.add(f.get());
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "seeded %d remote mya bookings starting %s, each ASSIGNED to its own bench "
                + "interpreter, in %.1f s%n", rooms.size(), start, (System.nanoTime() - t) / 1e9);
        return rooms;
    }

    /** Interpreter id to booking reference: earlier runs' bench rooms that are still open for a run now. */
    private Map<Long, String> openBenchRooms(String coordinator) {
        Map<Long, String> open = new ConcurrentHashMap<>();
        Instant soon = Instant.now().plus(5, ChronoUnit.MINUTES);
        for (String status : new String[]{"ASSIGNED", "IN_PROGRESS"}) {
            Answer list = get(app + "/api/bookings?status=" + status, coordinator);
            if (list.status() != 200) {
                continue;
            }
            for (JsonObject b : list.array().getValuesAs(JsonObject.class)) {
                if (b.getString("caseCode", "").startsWith("BENCH-GW-") && b.get("interpreter") instanceof JsonObject i
                        && Instant.parse(b.getString("start")).minus(15, ChronoUnit.MINUTES).isBefore(Instant.now())
                        && Instant.parse(b.getString("start")).plus(b.getInt("durationMinutes"), ChronoUnit.MINUTES)
                                .isAfter(soon)) {
                    open.put(i.getJsonNumber("id").longValue(), b.getString("reference"));
                }
            }
        }
        if (!open.isEmpty()) {
            System.out.println("reusing " + open.size() + " open bench rooms of earlier runs");
        }
        return open;
    }

    /** One participant's socket: sends on the generator's schedule, records what it receives. */
    final class Peer implements WebSocket.Listener {
        final int room;
        final Run run;
        WebSocket socket;
        CompletableFuture<WebSocket> last;
        final ByteBuffer partial = ByteBuffer.allocate(16 * 1024);
        final StringBuilder text = new StringBuilder();
        volatile boolean closed;

        Peer(int room, Run run) {
            this.room = room;
            this.run = run;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean end) {
            if (partial.remaining() >= data.remaining()) {
                partial.put(data);
            }
            if (end) {
                long now = System.nanoTime();
                partial.flip();
                if (partial.remaining() == FRAME_BYTES) {
                    long sent = partial.getLong(0);
                    int fromRoom = partial.getInt(8);
                    if (fromRoom != room) {
                        run.crossTalk.increment();
                    } else if (sent >= run.windowStart && sent < run.windowEnd) {
                        run.delivered.increment();
                        run.latency.recordValue(Math.max(0, now - sent));
                    }
                }
                partial.clear();
            }
            return null;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean end) {
            text.append(data);
            if (end) {
                String m = text.toString();
                text.setLength(0);
                int at = m.indexOf("bench@");
                if (at >= 0) {
                    int stop = m.indexOf('"', at);
                    long sent = Long.parseLong(m.substring(at + 6, stop < 0 ? m.length() : stop));
                    if (sent >= run.windowStart && sent < run.windowEnd) {
                        run.texts.increment();
                    }
                }
            }
            return null;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!run.stopping) {
                run.closes.incrementAndGet();
                if (run.closes.get() <= 3) {
                    System.out.println("  socket closed by the server: " + statusCode + " " + reason);
                }
            }
            closed = true;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!run.stopping) {
                run.closes.incrementAndGet();
                if (run.closes.get() <= 3) {
                    System.out.println("  socket error: " + error);
                }
            }
            closed = true;
        }

        /** Never waits: when the previous send has not left yet, the frame queues behind it (counted). */
        void send(ByteBuffer frame, String message) {
            if (closed) {
                return;
            }
            CompletableFuture<WebSocket> previous = last;
            if (previous == null || previous.isDone()) {
                last = message == null ? socket.sendBinary(frame, true) : socket.sendText(message, true);
            } else {
                run.queued.increment();
                last = previous.handle((w, e) -> socket).thenCompose(w -> message == null
                        ? w.sendBinary(frame, true)
                        : w.sendText(message, true));
            }
        }
    }

    static final class Run {
        volatile long windowStart = Long.MAX_VALUE;
        volatile long windowEnd = Long.MAX_VALUE;
        volatile boolean stopping;
        final Recorder latency = new Recorder(3_600_000_000L, 3);
        final LongAdder delivered = new LongAdder();
        final LongAdder texts = new LongAdder();
        final LongAdder queued = new LongAdder();
        final LongAdder crossTalk = new LongAdder();
        final AtomicInteger closes = new AtomicInteger();
    }

    private Result load(String relay, int n, List<String[]> rooms, long serverPid) throws Exception {
        boolean gateway = relay.equals("gateway");
        Run run = new Run();
        List<Peer> peers = new ArrayList<>();
        long t = System.nanoTime();
        if (gateway) {
            // fresh tokens: a socket closes when the token it was admitted with expires (300 s in the demo realm)
            tokens.clear();
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Peer>>> connecting = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int room = r;
            connecting.add(pool.submit(() -> {
                List<Peer> three = new ArrayList<>();
                String[] who = {REQUESTER, rooms.get(room)[1], SECOND_REQUESTER};
                for (int k = 0; k < 3; k++) {
                    Peer p = new Peer(room, run);
                    WebSocket.Builder b = wsClients[(room * 3 + k) % wsClients.length].newWebSocketBuilder()
                            .connectTimeout(Duration.ofSeconds(15));
                    URI uri;
                    if (gateway) {
                        String ref = rooms.get(room)[0];
                        Answer ticket = send(json("POST", app + "/api/gateway-tickets", token(who[k]),
                                "{\"channel\":\"session\",\"booking\":\"" + ref + "\"}"));
                        if (ticket.status() != 201) {
                            throw new IllegalStateException("no ticket for " + who[k] + " in " + ref + ": "
                                    + ticket.status() + " " + ticket.body());
                        }
                        b.header("Origin", app).subprotocols("saphan.v1", "ticket." + ticket.object()
                                .getString("ticket"));
                        uri = URI.create(wsBase + "/gateway/sessions/" + ref);
                    } else {
                        int port = relay.equals("node") ? nodePort : floorPort;
                        uri = URI.create("ws://127.0.0.1:" + port + "/floor/room-" + room);
                    }
                    p.socket = b.buildAsync(uri, p).get(30, TimeUnit.SECONDS);
                    three.add(p);
                }
                return three;
            }));
        }
        for (Future<List<Peer>> f : connecting) {
            peers.addAll(f.get());
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s, %d rooms: %d sockets connected in %.1f s%n", relay, n, peers.size(),
                (System.nanoTime() - t) / 1e9);
        Thread.sleep(1000); // joined / participant-joined settle

        // the schedule: peer c sends at t0 + phase(c) + k * 20 ms; a text instead of... besides every 50th frame
        int count = peers.size();
        long t0 = System.nanoTime() + 100_000_000L;
        run.windowStart = t0 + warmupSeconds * 1_000_000_000L;
        run.windowEnd = run.windowStart + seconds * 1_000_000_000L;
        long end = run.windowEnd;
        long sentInWindow = 0;
        long textsInWindow = 0;
        long[] cpuStart = null;
        long tick = 0;
        long slot = 1_000_000L; // 1 ms slots: a twentieth of the peers send in each
        while (true) {
            long at = t0 + tick * slot;
            if (at >= end) {
                break;
            }
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (cpuStart == null && at >= run.windowStart) {
                cpuStart = cpu(serverPid);
                if (!jfrDir.isEmpty() && !relay.equals("node")) {
                    profile(serverPid, relay + "-" + n);
                }
            }
            int phase = (int) (tick % 20);
            long frameNo = tick / 20;
            for (int c = phase; c < count; c += 20) {
                Peer p = peers.get(c);
                ByteBuffer frame = ByteBuffer.allocate(FRAME_BYTES);
                frame.putLong(0, at).putInt(8, p.room).putInt(12, c);
                p.send(frame, null);
                boolean inWindow = at >= run.windowStart;
                if (inWindow) {
                    sentInWindow++;
                }
                if ((frameNo + c) % FRAMES_PER_SECOND == 0) {
                    p.send(null, "{\"type\":\"text\",\"body\":\"bench@" + at + "\"}");
                    if (inWindow) {
                        textsInWindow++;
                    }
                }
            }
            tick++;
        }
        long[] cpuEnd = cpu(serverPid);
        String load = loadAverage();
        Thread.sleep(2000); // what is still under way arrives (or not)
        run.stopping = true;
        Histogram latency = run.latency.getIntervalHistogram();
        long delivered = run.delivered.sum();
        double cpuMicros = cpuStart == null || delivered == 0
                ? Double.NaN
                : ((cpuEnd[0] - cpuStart[0]) * 1e6 / CLK_TCK) / delivered;
        for (Peer p : peers) {
            if (!p.closed) {
                try {
                    p.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bench done");
                } catch (RuntimeException e) {
                    p.socket.abort();
                }
            }
        }
        Thread.sleep(1500);
        for (Peer p : peers) {
            p.socket.abort();
        }
        if (run.crossTalk.sum() > 0) {
            System.out.println("  ANOMALY: " + run.crossTalk.sum() + " frames arrived in the wrong room");
        }
        return new Result(relay, n, 2 * sentInWindow, delivered, latency, cpuMicros, run.queued.sum(),
                run.texts.sum(), 2 * textsInWindow, run.closes.get(), load);
    }

    private static void print(Result r) {
        System.out.printf(Locale.ROOT, "  %-7s %3d rooms: delivered %.4f (%d of %d), added one-way latency p50 %.2f ms,"
                + " p99 %.2f ms, p99.9 %.2f ms, max %.1f ms; server CPU %.1f us per delivered frame; texts %d of %d; "
                + "sends queued behind the previous one in the generator %d; sockets closed by the server %d; "
                + "load average %s%n",
                r.relay(), r.rooms(), r.share(), r.delivered(), r.expected(), r.p(50), r.p(99), r.p(99.9),
                r.latency().getMaxValue() / 1e6, r.cpuMicros(), r.textsDelivered(), r.textsExpected(),
                r.queuedSends(), r.closed(), r.load());
    }

    /** The machine's load average (1, 5, 15 minutes) at the end of a measured window: the figures' context. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * With {@code -Dbench.jfr=DIR}: a JFR recording ({@code settings=profile}) of the relay's process over the
     * measured window, for the profile in README.md. The recording costs the relay a little, so figures from a
     * profiled run are not the ones to compare.
     */
    private void profile(long pid, String name) {
        Path file = Path.of(jfrDir).toAbsolutePath().resolve(name + ".jfr");
        try {
            Files.createDirectories(file.getParent());
            new ProcessBuilder(javaHome + "/bin/jcmd", Long.toString(pid), "JFR.start", "name=bench-" + name,
                    "settings=profile", "duration=" + seconds + "s", "filename=" + file).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            System.out.println("  JFR of " + name + " (pid " + pid + ") into " + file);
        } catch (IOException e) {
            System.out.println("  could not start JFR: " + e);
        }
    }

    private static void summary(List<Result> results) {
        System.out.println();
        System.out.println("| rooms | relay | delivered | p50 ms | p99 ms | p99.9 ms | CPU us/frame | load average |");
        System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %d | %s | %.4f | %.2f | %.2f | %.2f | %.1f | %s |%n", r.rooms(),
                    r.relay(), r.share(), r.p(50), r.p(99), r.p(99.9), r.cpuMicros(), r.load());
        }
        for (String base : new String[]{"floor", "node"}) {
            System.out.println();
            System.out.println("| rooms | gateway/" + base + " p50 | p99 | p99.9 | CPU per frame | delivered |");
            System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
            for (Result g : results) {
                if (!g.relay().equals("gateway")) {
                    continue;
                }
                for (Result f : results) {
                    if (f.relay().equals(base) && f.rooms() == g.rooms()) {
                        System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2f | %.3f |%n", g.rooms(),
                                g.p(50) / f.p(50), g.p(99) / f.p(99), g.p(99.9) / f.p(99.9),
                                g.cpuMicros() / f.cpuMicros(), g.share() / f.share());
                        // the aim: within 1.5x the no-dispatch floor, and below Node's relay
                        BenchSummary.figure(String.format(Locale.ROOT, "relay, %d rooms, frame one way (load %s)",
                                g.rooms(), g.load()), g.p(50), g.p(99),
                                base.equals("floor")
                                        ? "floor: Undertow, no dispatch"
                                        : "Node ws relay",
                                f.p(50), f.p(99),
                                base.equals("floor") ? 1.5 * f.p(99) : f.p(99));
                    }
                }
            }
        }
        System.out.println();
        for (String relay : new String[]{"floor", "node", "gateway"}) {
            int best = 0;
            for (Result r : results) {
                if (r.relay().equals(relay) && r.p(99) < 10.0 && r.share() >= 0.99) {
                    best = Math.max(best, r.rooms());
                }
            }
            System.out.printf(Locale.ROOT, "largest N with p99 < 10 ms (and >= 99%% delivered), %s: %d%n", relay,
                    best);
        }
    }

    // ------------------------------------------------------------------------------------------------ offer push

    final class Feed implements WebSocket.Listener {
        final StringBuilder text = new StringBuilder();
        final Map<String, Long> sentAt;
        final Recorder latency;
        final LongAdder received;

        Feed(Map<String, Long> sentAt, Recorder latency, LongAdder received) {
            this.sentAt = sentAt;
            this.latency = latency;
            this.received = received;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean end) {
            text.append(data);
            if (end) {
                long now = System.nanoTime();
                String m = text.toString();
                text.setLength(0);
                if (m.contains("\"offer\"")) {
                    try (var reader = Json.createReader(new StringReader(m))) {
                        JsonObject o = reader.readObject();
                        if ("offer".equals(o.getString("type", "")) && o.containsKey("offer")) {
                            Long sent = sentAt.get(o.getJsonObject("offer").getString("start", ""));
                            if (sent != null) {
                                latency.recordValue(Math.max(0, now - sent));
                                received.increment();
                            }
                        }
                    }
                }
            }
            return null;
        }
    }

    private void offerPush() throws Exception {
        int interpreters = (sockets + 2) / 3;
        System.out.printf(Locale.ROOT, "%noffer push: %d on-call interpreters (%s), 3 notification sockets each%n",
                interpreters, String.join("/", PUSH_LANGUAGES));
        long t = System.nanoTime();
        String admin = adminToken();
        String coordinator = token(COORDINATOR);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 1; i <= interpreters; i++) {
            int k = i;
            work.add(pool.submit(() -> {
                String username = String.format(Locale.ROOT, "%s%04d", PUSH_PREFIX, k);
                ensureUser(adminToken(), username);
                ensureProfile(coordinator, username, PUSH_LANGUAGES[k % PUSH_LANGUAGES.length], k);
                Answer on = send(json("PUT", app + "/api/me/on-call", token(username), "{\"onCall\":true}"));
                if (on.status() / 100 != 2) {
                    throw new IllegalStateException("could not put " + username + " on call: " + on.status() + " "
                            + on.body());
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        System.out.printf(Locale.ROOT, "seeded in %.1f s%n", (System.nanoTime() - t) / 1e9);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Recorder latency = new Recorder(3_600_000_000L, 3);
        LongAdder received = new LongAdder();
        List<WebSocket> feeds = new ArrayList<>();
        List<Future<WebSocket>> opening = new ArrayList<>();
        t = System.nanoTime();
        for (int i = 1; i <= interpreters; i++) {
            String username = String.format(Locale.ROOT, "%s%04d", PUSH_PREFIX, i);
            int opened = i;
            for (int s = 0; s < 3 && (opened - 1) * 3 + s < sockets; s++) {
                int k = (opened - 1) * 3 + s;
                opening.add(pool.submit(() -> {
                    Answer ticket = send(json("POST", app + "/api/gateway-tickets", token(username),
                            "{\"channel\":\"notifications\"}"));
                    if (ticket.status() != 201) {
                        throw new IllegalStateException("no notifications ticket for " + username + ": "
                                + ticket.status() + " " + ticket.body());
                    }
                    return wsClients[k % wsClients.length].newWebSocketBuilder()
                            .connectTimeout(Duration.ofSeconds(15)).header("Origin", app)
                            .subprotocols("saphan.v1", "ticket." + ticket.object().getString("ticket"))
                            .buildAsync(URI.create(wsBase + "/gateway/notifications"),
                                    new Feed(sentAt, latency, received))
                            .get(30, TimeUnit.SECONDS);
                }));
            }
        }
        for (Future<WebSocket> f : opening) {
            feeds.add(f.get());
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d notification sockets connected in %.1f s%n", feeds.size(),
                (System.nanoTime() - t) / 1e9);
        Thread.sleep(2000);

        Histogram post = new Histogram(3_600_000_000L, 3);
        Histogram first = new Histogram(3_600_000_000L, 3);
        long expected = 0;
        long perLanguage = feeds.size() / PUSH_LANGUAGES.length;
        Instant base = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String run = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L);
        latency.getIntervalHistogram();
        for (int b = 0; b < offers; b++) {
            String language = PUSH_LANGUAGES[b % PUSH_LANGUAGES.length];
            Instant start = base.plusSeconds(b);
            String requester = token(REQUESTER);
            String body = booking("IMMEDIATE", start, 45, language, "BENCH-PUSH-" + run + "-" + b);
            long before = received.sum();
            long sent = System.nanoTime();
            sentAt.put(start.toString(), sent);
            Answer created = send(json("POST", app + "/api/bookings", requester, body));
            post.recordValue(System.nanoTime() - sent);
            if (created.status() != 201) {
                throw new IllegalStateException("could not book: " + created.status() + " " + created.body());
            }
            expected += perLanguage;
            long deadline = System.nanoTime() + 5_000_000_000L;
            boolean firstSeen = false;
            while (System.nanoTime() < deadline && received.sum() - before < perLanguage) {
                if (!firstSeen && received.sum() > before) {
                    first.recordValue(System.nanoTime() - sent);
                    firstSeen = true;
                }
                LockSupport.parkNanos(200_000);
            }
            Thread.sleep(200);
        }
        Histogram all = latency.getIntervalHistogram();
        System.out.printf(Locale.ROOT, "%d IMMEDIATE bookings, each offered to the ~%d on-call interpreters of its "
                + "language (~%d sockets); offers received on sockets: %d of ~%d%n", offers,
                interpreters / PUSH_LANGUAGES.length, perLanguage, received.sum(), expected);
        System.out.printf(Locale.ROOT,
                "POST /api/bookings sent -> {\"type\":\"offer\"} received, every socket: p50 %.1f"
                        + " ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                all.getValueAtPercentile(50) / 1e6,
                all.getValueAtPercentile(99) / 1e6, all.getValueAtPercentile(99.9) / 1e6, all.getMaxValue() / 1e6);
        System.out.printf(Locale.ROOT, "  first socket per booking (approx., 0.2 ms polling): p50 %.1f ms, p99 %.1f ms;"
                + " POST /api/bookings answered: p50 %.1f ms, p99 %.1f ms%n", first.getValueAtPercentile(50) / 1e6,
                first.getValueAtPercentile(99) / 1e6, post.getValueAtPercentile(50) / 1e6,
                post.getValueAtPercentile(99) / 1e6);
        for (WebSocket w : feeds) {
            w.abort();
        }
    }

    // ------------------------------------------------------------------------------------------------ processes

    /** Starts a relay pinned to the server's cores, waits until it says it listens, and echoes its output. */
    private Process startRelay(String name, List<String> command, String ready) throws IOException {
        Process relay = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(relay.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.startsWith(ready)) {
            System.out.println("[" + name + "] " + line);
            line = out.readLine();
        }
        if (line == null) {
            throw new IllegalStateException(name + " relay did not start: " + command);
        }
        System.out.println(name + " pid " + relay.pid() + ", affinity " + affinity(relay.pid()) + ": " + line);
        Thread drain = new Thread(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null) {
                    System.out.println("[" + name + "] " + l);
                }
            } catch (IOException e) {
                // gone
            }
        }, name + "-out");
        drain.setDaemon(true);
        drain.start();
        Runtime.getRuntime().addShutdownHook(new Thread(relay::destroy));
        return relay;
    }

    /**
     * The plain Node {@code ws} relay (src/main/node/relay.js), or null, said plainly, when node or npm is missing
     * or {@code ws} cannot be installed. Node is never part of the build: {@code ws} goes into target/ here.
     */
    private Process startNodeRelay() throws IOException, InterruptedException {
        if (nodeScript.isEmpty()) {
            System.out.println("node relay skipped: -Dbench.nodeScript is empty");
            return null;
        }
        Path script = Path.of(nodeScript);
        Path dir = Path.of(nodeDir);
        if (!runs(List.of(nodeCommand, "--version"), Path.of(".").toAbsolutePath())) {
            System.out.println("node relay skipped: no '" + nodeCommand + "' on this machine");
            return null;
        }
        Files.createDirectories(dir);
        if (!Files.isDirectory(dir.resolve("node_modules/ws"))
                && !runs(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "ws@" + wsVersion), dir)) {
            System.out.println("node relay skipped: npm could not install ws@" + wsVersion + " into " + dir);
            return null;
        }
        Files.copy(script, dir.resolve("relay.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return startRelay("node", List.of("taskset", "-c", serverCpus, nodeCommand, dir.resolve("relay.js")
                .toString(), Integer.toString(nodePort)), "node relay listening");
    }

    private static boolean runs(List<String> command, Path dir) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int code = p.waitFor();
            if (code != 0) {
                System.out.println(String.join(" ", command) + " failed (" + code + "): " + out);
            }
            return code == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The java process of the WildFly that ./saphan started (.saphan/wildfly.pid beside the admin password). */
    private long wildflyPid() throws IOException {
        return BenchServer.wildflyPid(adminPasswordFile.resolveSibling("wildfly.pid"));
    }

    private static List<String> jvmFlags(long pid) throws IOException {
        List<String> flags = new ArrayList<>();
        for (String a : Files.readString(Path.of("/proc/" + pid + "/cmdline")).split("\0")) {
            if (a.startsWith("-Xm") || a.startsWith("-Xss") || a.startsWith("-XX:")
                    || a.startsWith("-Djava.net.preferIPv4Stack") || a.startsWith("-Djava.awt.headless")) {
                flags.add(a);
            }
        }
        return flags;
    }

    /** utime + stime of a process, in clock ticks. */
    private static long[] cpu(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[]{Long.parseLong(f[11]) + Long.parseLong(f[12])};
    }

    private static String affinity(long pid) {
        try {
            Process p = new ProcessBuilder("taskset", "-cp", Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return out.substring(out.lastIndexOf(':') + 1).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------------------------------------ seeding, HTTP

    private static String booking(String urgency, Instant start, int minutes, String language, String caseCode) {
        return """
                {"purpose":"SCREENING_INTERVIEW","mode":"REMOTE","urgency":"%s","start":"%s","durationMinutes":%d,
                 "language":"%s","otherLanguage":"tha","province":"Bangkok","place":"Remote session",
                 "caseCode":"%s","noteForInterpreter":"Benchmark booking, nobody will call",
                 "requesterContact":"bench"}""".formatted(urgency, start, minutes, language, caseCode);
    }

    private void ensureUser(String admin, String username) throws IOException {
        String base = keycloak + "/admin/realms/" + REALM;
        Answer created = send(json("POST", base + "/users", admin, """
                {"username":"%s","enabled":true,"emailVerified":true,"firstName":"Bench","lastName":"%s",
                 "email":"%s@bench.invalid","credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                .formatted(username, username, username, username)));
        if (created.status() == 409) {
            return;
        }
        if (created.status() != 201) {
            throw new IllegalStateException("could not create user " + username + ": " + created.status() + " "
                    + created.body());
        }
        String location = created.response().headers().firstValue("Location").orElseThrow();
        Answer role = get(base + "/roles/interpreter", admin);
        Answer mapped = send(json("POST", location + "/role-mappings/realm", admin, "[" + role.body() + "]"));
        if (mapped.status() != 204) {
            throw new IllegalStateException("could not give " + username + " the interpreter role: "
                    + mapped.status() + " " + mapped.body());
        }
    }

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
        Answer created = send(json("POST", app + "/api/interpreters", coordinator, profile));
        long id = -1;
        if (created.status() == 201) {
            id = created.object().getJsonNumber("id").longValue();
        } else {
            Answer list = get(app + "/api/interpreters?language=" + language, coordinator);
            for (JsonObject p : list.array().getValuesAs(JsonObject.class)) {
                if (username.equals(p.getString("username", null))) {
                    id = p.getJsonNumber("id").longValue();
                }
            }
            if (id < 0) {
                throw new IllegalStateException("could not create interpreter " + username + ": "
                        + created.status() + " " + created.body());
            }
        }
        StringBuilder weekly = new StringBuilder();
        for (String day : new String[]{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                "SUNDAY"}) {
            weekly.append(weekly.isEmpty() ? "" : ",")
                    .append("{\"day\":\"").append(day).append("\",\"from\":\"00:00\",\"to\":\"24:00\"}");
        }
        Answer availability = send(json("PUT", app + "/api/interpreters/" + id + "/availability", coordinator,
                "{\"weekly\":[" + weekly + "],\"absences\":[]}"));
        if (availability.status() / 100 != 2) {
            throw new IllegalStateException("could not set availability of " + username + ": "
                    + availability.status() + " " + availability.body());
        }
        return id;
    }

    record Tok(String token, long fetchedAt) {
    }

    /** A password-grant token (password = username, as in the demo realm and for bench users), kept 120 s. */
    private String token(String username) {
        Tok t = tokens.get(username);
        if (t == null || System.nanoTime() - t.fetchedAt() > 120_000_000_000L) {
            synchronized (username.intern()) {
                return fetchToken(username);
            }
        }
        return t.token();
    }

    /** One grant at a time per user: Keycloak answered concurrent grants of one user with 401 now and then. */
    private String fetchToken(String username) {
        Tok t = tokens.get(username);
        if (t != null && System.nanoTime() - t.fetchedAt() < 120_000_000_000L) {
            return t.token();
        }
        for (int attempt = 1;; attempt++) {
            Answer a = form(keycloak + "/realms/" + REALM + "/protocol/openid-connect/token",
                    "grant_type=password&client_id=" + enc(CLIENT) + "&username=" + enc(username) + "&password="
                            + enc(username));
            if (a.status() == 200) {
                t = new Tok(a.object().getString("access_token"), System.nanoTime());
                tokens.put(username, t);
                return t.token();
            }
            if (attempt >= 5) {
                throw new IllegalStateException("no token for " + username + ": " + a.status() + " " + a.body());
            }
            LockSupport.parkNanos(1_000_000_000L);
        }
    }

    private String adminTok;
    private long adminFetchedAt;

    /** The master realm's admin token lives 60 s: fetched again after 30 s. */
    private synchronized String adminToken() throws IOException {
        if (adminTok == null || System.nanoTime() - adminFetchedAt > 30_000_000_000L) {
            adminTok = fetchAdminToken();
            adminFetchedAt = System.nanoTime();
        }
        return adminTok;
    }

    private String fetchAdminToken() throws IOException {
        return api.adminToken(keycloak, adminPasswordFile);
    }

    private Answer get(String uri, String token) {
        return api.get(uri, token);
    }

    private static HttpRequest json(String method, String uri, String token, String body) {
        return BenchHttp.json(method, uri, token, body);
    }

    private Answer form(String uri, String form) {
        return api.form(uri, form);
    }

    private Answer send(HttpRequest request) {
        return api.send(request);
    }

    private static String enc(String s) {
        return BenchHttp.enc(s);
    }
}
