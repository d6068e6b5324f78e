package org.saphan.bench;

import org.saphan.bench.BenchHttp.Answer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.HdrHistogram.Histogram;

/**
 * Accepts per second under contention, against an already running Saphan (WildFly + Keycloak + MariaDB): figures,
 * not pass/fail.
 * <ol>
 * <li>Seeds K interpreters of its own ({@code bench-rhg-01} ...): a Keycloak user each (admin API, realm role
 * {@code interpreter}, password = username) and a profile through {@code POST /api/interpreters} as coordinator
 * {@code ploy}: Rohingya and Thai, remote, vetted, available 00:00-24:00 every day.</li>
 * <li>As requester {@code somchai}, books warm-up + B scheduled remote rhg-tha bookings at distinct, non-overlapping
 * night-time slots (22:00-06:45 Bangkok, when none of the demo pool's Rohingya interpreters is available), so that
 * every wave goes to bench interpreters only and no two bookings share anyone's calendar. Each booking's first wave
 * is sent by the server inside {@code POST /api/bookings}; its size is the server's {@code SAPHAN_OFFERS_WAVE_SIZE}.</li>
 * <li>Per booking, one thread per offered interpreter, released together by a latch, each fires
 * {@code POST /api/offers/{id}/accept}. Records every accept's latency and status; expects exactly one 200 and 409
 * for the rest, and checks afterwards that the booking is assigned to the winner.</li>
 * </ol>
 * One booking is contended at a time; the contention level is the wave size. Configuration, all system properties:
 * {@code bench.app} (http://127.0.0.1:8080), {@code bench.keycloak} (http://127.0.0.1:8180),
 * {@code bench.adminPasswordFile} (.saphan/keycloak-admin-password of the checkout), {@code bench.interpreters} (24),
 * {@code bench.bookings} (200), {@code bench.warmup} (20), {@code bench.verbose} (false).
 */
public final class AcceptBenchmark {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String REALM = "saphan";
    private static final String CLIENT = "saphan-cli";
    private static final String COORDINATOR = "ploy";
    private static final String REQUESTER = "somchai";
    private static final String USER_PREFIX = "bench-rhg-";
    private static final String CASE_PREFIX = "BENCH-";
    private static final int DURATION_MINUTES = 45;
    /** Interpreter tokens live 300 s in the demo realm; fetch new ones well before (never inside a timed round). */
    private static final Duration TOKEN_REFRESH = Duration.ofSeconds(200);

    private final String app;
    private final String keycloak;
    private final Path adminPasswordFile;
    private final int interpreterCount;
    private final int bookingCount;
    private final int warmupCount;
    private final boolean verbose;

    /** HTTP/1.1 on purpose: each interpreter's accept on its own connection, as from separate phones. */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final BenchHttp api = new BenchHttp(http);

    private AcceptBenchmark() {
        this.app = stripSlash(System.getProperty("bench.app", "http://127.0.0.1:8080"));
        this.keycloak = stripSlash(System.getProperty("bench.keycloak", "http://127.0.0.1:8180"));
        this.adminPasswordFile = Path.of(System.getProperty("bench.adminPasswordFile",
                "/work/main/.saphan/keycloak-admin-password"));
        this.interpreterCount = Integer.getInteger("bench.interpreters", 24);
        this.bookingCount = Integer.getInteger("bench.bookings", 200);
        this.warmupCount = Integer.getInteger("bench.warmup", 20);
        this.verbose = Boolean.getBoolean("bench.verbose");
    }

    public static void main(String[] args) throws Exception {
        new AcceptBenchmark().run();
    }

    // ------------------------------------------------------------------------------------------------ the run

    private void run() throws Exception {
        System.out.println();
        System.out.println("Saphan accept benchmark: simultaneous accepts of one booking's offers (running server)");
        System.out.printf(Locale.ROOT, "app %s, Keycloak %s; %d bench interpreters, %d warm-up + %d measured "
                + "bookings; client JVM %s, %d processors%n", app, keycloak, interpreterCount, warmupCount,
                bookingCount, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Answer health = get(app + "/api/health", null);
        if (health.status() != 200) {
            throw new IllegalStateException("Saphan is not up at " + app + ": " + health.status() + " "
                    + health.body());
        }

        // 1. the pool
        long t = System.nanoTime();
        String admin = adminToken();
        Tokens coordinator = new Tokens(COORDINATOR);
        List<Bencher> pool = new ArrayList<>();
        for (int i = 1; i <= interpreterCount; i++) {
            String username = String.format(Locale.ROOT, "%s%02d", USER_PREFIX, i);
            ensureUser(admin, username);
            long id = ensureProfile(coordinator.get(), username, i);
            pool.add(new Bencher(username, id, new Tokens(username)));
        }
        for (Bencher b : pool) {
            b.tokens().get(); // every interpreter can log in
        }
        System.out.printf(Locale.ROOT, "seeded %d interpreters (%s..%s) in %.1f s%n", pool.size(),
                pool.get(0).username(), pool.get(pool.size() - 1).username(), seconds(System.nanoTime() - t));

        // 2. the bookings, each sent to its first wave by the server
        Tokens requester = new Tokens(REQUESTER);
        List<Instant> slots = slots(firstFreeNight(coordinator.get()), warmupCount + bookingCount);
        String run = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L);
        Histogram createLatency = histogram();
        List<Contest> contests = new ArrayList<>();
        t = System.nanoTime();
        for (int i = 0; i < slots.size(); i++) {
            String caseCode = CASE_PREFIX + run + "-" + (i + 1);
            long start = System.nanoTime();
            Answer created = send(json("POST", app + "/api/bookings", requester.get(), booking(slots.get(i),
                    caseCode)));
            createLatency.recordValue(micros(System.nanoTime() - start));
            if (created.status() != 201) {
                throw new IllegalStateException("could not book: " + created.status() + " " + created.body());
            }
            contests.add(new Contest(created.object().getString("reference"), slots.get(i), i < warmupCount));
        }
        System.out.printf(Locale.ROOT, "booked %d (%s to %s, %d min each) in %.1f s; POST /api/bookings (matching "
                + "and first wave included): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", contests.size(),
                slots.get(0), slots.get(slots.size() - 1), DURATION_MINUTES, seconds(System.nanoTime() - t),
                ms(createLatency.getValueAtPercentile(50)), ms(createLatency.getValueAtPercentile(99)),
                ms(createLatency.getMaxValue()));

        // which bench interpreter holds which offer: an offer names no booking, its start does
        Map<Instant, Contest> byStart = new LinkedHashMap<>();
        contests.forEach(c -> byStart.put(c.start(), c));
        for (Bencher b : pool) {
            Answer offers = get(app + "/api/offers", b.tokens().get());
            if (offers.status() != 200) {
                throw new IllegalStateException("offers of " + b.username() + ": " + offers.status() + " "
                        + offers.body());
            }
            for (JsonObject offer : offers.array().getValuesAs(JsonObject.class)) {
                Contest c = byStart.get(Instant.parse(offer.getString("start")));
                if (c != null && "rhg".equals(offer.getString("language"))) {
                    c.offers().add(new Held(b, offer.getJsonNumber("id").longValue()));
                }
            }
        }
        Map<Integer, Integer> spread = new TreeMap<>();
        contests.forEach(c -> spread.merge(c.offers().size(), 1, Integer::sum));
        System.out.println("offers per booking held by bench interpreters (offers -> bookings): " + spread
                + "  [the server's wave size, SAPHAN_OFFERS_WAVE_SIZE, default 3]");
        if (verbose) {
            contests.forEach(c -> System.out.printf(Locale.ROOT, "  %s %s %d offers: %s%n", c.reference(),
                    c.start(), c.offers().size(), c.offers().stream().map(h -> h.bencher().username()).toList()));
        }
        outsiders(coordinator.get(), contests.get(0), pool);

        // 3. the contests, one booking at a time
        Figures warm = new Figures();
        Figures measured = new Figures();
        for (Contest c : contests) {
            if (c.offers().isEmpty()) {
                measured.anomalies.add(c.reference() + ": no bench interpreter got an offer");
                continue;
            }
            contest(c, c.warmup() ? warm : measured);
        }
        System.out.printf(Locale.ROOT, "warm-up: %d bookings, %d accepts (not counted)%n", warm.bookings,
                warm.all.getTotalCount());

        // 4. every decided booking is assigned to its one winner
        int checked = 0;
        for (Contest c : contests) {
            if (c.winner() == null) {
                continue;
            }
            Answer b = get(app + "/api/bookings/" + c.reference(), coordinator.get());
            JsonObject booking = b.object();
            String status = booking.getString("status", "?");
            long assigned = booking.containsKey("interpreter")
                    ? booking.getJsonObject("interpreter").getJsonNumber("id").longValue()
                    : -1;
            if (!"ASSIGNED".equals(status) || assigned != c.winner().id()) {
                measured.anomalies.add(c.reference() + ": after the contest " + status + ", assigned to "
                        + assigned + ", but " + c.winner().username() + " (" + c.winner().id() + ") won");
            }
            checked++;
        }
        System.out.printf(Locale.ROOT, "checked afterwards: %d bookings ASSIGNED to the interpreter whose accept "
                + "got 200%n",
                checked - (int) measured.anomalies.stream().filter(a -> a.contains("after the"))
                        .count());
        measured.print(spread);
    }

    /** One booking's contest: every offered interpreter accepts at the same instant. */
    private void contest(Contest c, Figures figures) throws InterruptedException {
        int n = c.offers().size();
        String[] tokens = new String[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = c.offers().get(i).bencher().tokens().get(); // fresh enough, fetched outside the timing
        }
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        int[] status = new int[n];
        String[] body = new String[n];
        long[] latency = new long[n];
        long[] finished = new long[n];
        List<Thread> threads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = i;
            HttpRequest accept = HttpRequest.newBuilder(URI.create(app + "/api/offers/" + c.offers().get(k)
                    .offerId() + "/accept"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens[k])
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            Thread thread = new Thread(() -> {
                try {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(accept, HttpResponse.BodyHandlers.ofString());
                        status[k] = r.statusCode();
                        body[k] = r.body();
                    } catch (IOException e) {
                        status[k] = -1;
                        body[k] = e.toString();
                    }
                    finished[k] = System.nanoTime();
                    latency[k] = finished[k] - start;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "accept-" + c.reference() + "-" + k);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long released = System.nanoTime();
        go.countDown();
        done.await();
        long decided = 0;
        for (int i = 0; i < n; i++) {
            decided = Math.max(decided, finished[i] - released);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        int ok = 0;
        for (int i = 0; i < n; i++) {
            figures.all.recordValue(micros(latency[i]));
            figures.statuses.merge(status[i], 1, Integer::sum);
            if (status[i] == 200) {
                ok++;
                figures.winners.recordValue(micros(latency[i]));
                c.won(c.offers().get(i).bencher());
            } else if (status[i] == 409) {
                figures.losers.recordValue(micros(latency[i]));
            } else {
                figures.anomalies.add(c.reference() + ": " + c.offers().get(i).bencher().username() + " got "
                        + status[i] + " " + abbreviate(body[i]));
            }
        }
        if (ok != 1) {
            figures.anomalies.add(c.reference() + ": " + ok + " accepts answered 200 of " + n);
        }
        figures.bookings++;
        figures.contention.merge(n, 1, Integer::sum);
        figures.decidedNanos += decided;
        figures.rounds.recordValue(micros(decided));
        if (verbose) {
            System.out.printf(Locale.ROOT, "  %s: %d accepts, statuses %s, decided in %.1f ms%n", c.reference(), n,
                    java.util.Arrays.toString(status), decided / 1e6);
        }
    }

    /**
     * Whether anyone outside the bench pool ranks for the first booking: their offers could not be accepted here, so
     * the contention would be lower than it looks.
     */
    private void outsiders(String coordinatorToken, Contest first, List<Bencher> pool) {
        Answer a = get(app + "/api/bookings/" + first.reference() + "/candidates", coordinatorToken);
        if (a.status() != 200) {
            System.out.println("(candidates of " + first.reference() + " not available: " + a.status() + ")");
            return;
        }
        java.util.Set<Long> ours = new java.util.HashSet<>();
        pool.forEach(b -> ours.add(b.id()));
        int ranked = 0;
        List<Long> others = new ArrayList<>();
        for (JsonObject r : a.object().getJsonArray("ranked").getValuesAs(JsonObject.class)) {
            ranked++;
            long id = r.getJsonNumber("interpreterId").longValue();
            if (!ours.contains(id)) {
                others.add(id);
            }
        }
        System.out.printf(Locale.ROOT, "candidates of %s: %d ranked, of whom outside the bench pool: %s%n",
                first.reference(), ranked, others.isEmpty() ? "none" : others);
    }

    // ------------------------------------------------------------------------------------------------ figures

    /** What a set of contests measured. */
    private static final class Figures {
        final Histogram all = histogram();
        final Histogram winners = histogram();
        final Histogram losers = histogram();
        final Histogram rounds = histogram();
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<Integer, Integer> contention = new TreeMap<>();
        final List<String> anomalies = new ArrayList<>();
        int bookings;
        long decidedNanos;

        void print(Map<Integer, Integer> spread) {
            double busy = decidedNanos / 1e9;
            long accepts = all.getTotalCount();
            System.out.println();
            System.out.printf(Locale.ROOT, "=== %d bookings contended, one at a time; accepts per booking (contention)"
                    + " -> bookings: %s ===%n", bookings, contention);
            System.out.printf(Locale.ROOT, "answers: %s%n", statuses);
            System.out.printf(Locale.ROOT, "throughput (over the %.2f s from each latch release to the booking's last "
                    + "answer): %.1f accept requests/s, %.1f bookings decided/s%n", busy, accepts / busy,
                    bookings / busy);
            System.out.printf(Locale.ROOT, "  %-34s %7s %9s %9s %9s %9s %9s%n", "latency, ms", "count", "p50",
                    "p90", "p99", "max", "mean");
            line("every accept", all);
            line("winning accept (200)", winners);
            line("losing accepts (409)", losers);
            line("booking decided (release -> last)", rounds);
            if (anomalies.isEmpty()) {
                System.out.println("every booking: exactly one 200, every other accept 409, assigned to the winner");
            } else {
                System.out.printf(Locale.ROOT, "ANOMALIES (%d):%n", anomalies.size());
                anomalies.stream().limit(50).forEach(s -> System.out.println("  " + s));
            }
        }

        private static void line(String label, Histogram h) {
            if (h.getTotalCount() == 0) {
                System.out.printf(Locale.ROOT, "  %-34s %7d%n", label, 0);
                return;
            }
            System.out.printf(Locale.ROOT, "  %-34s %7d %9.1f %9.1f %9.1f %9.1f %9.1f%n", label, h.getTotalCount(),
                    ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                    ms(h.getMaxValue()), h.getMean() / 1000.0);
        }
    }

    private static Histogram histogram() {
        return new Histogram(Duration.ofSeconds(120).toNanos() / 1000, 3); // microseconds
    }

    private static long micros(long nanos) {
        return Math.max(1, nanos / 1000);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    // ------------------------------------------------------------------------------------------------ the seed

    record Bencher(String username, long id, Tokens tokens) {
    }

    record Held(Bencher bencher, long offerId) {
    }

    /** One booking and the offers of it that bench interpreters hold. */
    static final class Contest {
        private final String reference;
        private final Instant start;
        private final boolean warmup;
        private final List<Held> offers = new ArrayList<>();
        private Bencher winner;

        Contest(String reference, Instant start, boolean warmup) {
            this.reference = reference;
            this.start = start;
            this.warmup = warmup;
        }

        String reference() {
            return reference;
        }

        Instant start() {
            return start;
        }

        boolean warmup() {
            return warmup;
        }

        List<Held> offers() {
            return offers;
        }

        Bencher winner() {
            return winner;
        }

        void won(Bencher b) {
            winner = b;
        }
    }

    private void ensureUser(String admin, String username) {
        String base = keycloak + "/admin/realms/" + REALM;
        String user = ("{\"username\":\"%s\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Bench\","
                + "\"lastName\":\"Interpreter\",\"email\":\"%s@bench.saphan.invalid\",\"credentials\":[{\"type\":"
                + "\"password\",\"value\":\"%s\",\"temporary\":false}]}").formatted(username, username, username);
        Answer created = send(json("POST", base + "/users", admin, user));
        if (created.status() == 409) {
            return; // Keycloak keeps its users until it stops (in-memory database)
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

    /** The profile's id: created, or found by username when an earlier run created it. */
    private long ensureProfile(String coordinator, String username, int i) {
        String profile = """
                {"username":"%s","name":"Bench Interpreter %02d","gender":"%s",
                 "languages":[{"code":"rhg","level":"NATIVE","certified":true},{"code":"tha","level":"FLUENT","certified":false}],
                 "specialisations":["PSYCHOSOCIAL"],"provinces":["Bangkok"],"remote":true,
                 "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                   "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},
                   "trainings":["VICTIM_CENTRED","GENDER","TRAUMA_INFORMED"]},
                 "conflicts":[],"status":"ACTIVE"}"""
                .formatted(username, i, i % 2 == 0 ? "FEMALE" : "MALE");
        Answer created = send(json("POST", app + "/api/interpreters", coordinator, profile));
        long id;
        if (created.status() == 201) {
            id = created.object().getJsonNumber("id").longValue();
        } else {
            id = -1;
            Answer list = get(app + "/api/interpreters?language=rhg", coordinator);
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

    /**
     * 22:00 Bangkok on the first night from tomorrow on that starts after every earlier bench booking has ended, so
     * that a second run never overlaps the first one's assignments.
     */
    private Instant firstFreeNight(String coordinator) {
        Instant after = Instant.now();
        Answer list = get(app + "/api/bookings", coordinator);
        if (list.status() == 200 && list.json() instanceof JsonArray bookings) {
            for (JsonObject b : bookings.getValuesAs(JsonObject.class)) {
                if (b.getString("caseCode", "").startsWith(CASE_PREFIX)) {
                    Instant end = Instant.parse(b.getString("start")).plus(Duration.ofMinutes(b.getInt(
                            "durationMinutes", 0)));
                    after = end.isAfter(after) ? end : after;
                }
            }
        }
        LocalDate night = LocalDate.ofInstant(after, BANGKOK).plusDays(1);
        return LocalDateTime.of(night, LocalTime.of(22, 0)).atZone(BANGKOK).toInstant();
    }

    /**
     * Hourly slots of {@link #DURATION_MINUTES} minutes from 22:00 to 06:45 Bangkok time, night after night: nobody
     * in the demo pool who speaks Rohingya is available then, and no two slots overlap.
     */
    static List<Instant> slots(Instant firstNight, int count) {
        List<Instant> slots = new ArrayList<>(count);
        LocalDateTime at = LocalDateTime.ofInstant(firstNight, BANGKOK);
        while (slots.size() < count) {
            int hour = at.getHour();
            if (hour >= 22 || hour <= 6) {
                slots.add(at.atZone(BANGKOK).toInstant());
            }
            at = at.plusHours(1);
        }
        return slots;
    }

    private static String booking(Instant start, String caseCode) {
        return """
                {"purpose":"SCREENING_INTERVIEW","mode":"REMOTE","urgency":"SCHEDULED","start":"%s","durationMinutes":%d,
                 "language":"rhg","otherLanguage":"tha","province":"Bangkok","place":"Remote session",
                 "caseCode":"%s","noteForInterpreter":"Benchmark booking, nobody will call",
                 "requesterContact":"bench"}"""
                .formatted(start, DURATION_MINUTES, caseCode);
    }

    // ------------------------------------------------------------------------------------------------ tokens, HTTP

    /** A password-grant token of one demo-realm user, fetched again when it gets old. */
    final class Tokens {
        private final String username;
        private String token;
        private long fetchedAt;

        Tokens(String username) {
            this.username = username;
        }

        synchronized String get() {
            if (token == null || System.nanoTime() - fetchedAt > TOKEN_REFRESH.toNanos()) {
                Answer a = form(keycloak + "/realms/" + REALM + "/protocol/openid-connect/token",
                        "grant_type=password&client_id=" + enc(CLIENT) + "&username=" + enc(username)
                                + "&password=" + enc(username));
                if (a.status() != 200) {
                    throw new IllegalStateException("no token for " + username + ": " + a.status() + " "
                            + a.body());
                }
                token = a.object().getString("access_token");
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }

    private String adminToken() throws IOException {
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

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }
}
