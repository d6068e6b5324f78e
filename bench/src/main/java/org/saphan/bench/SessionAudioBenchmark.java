package org.saphan.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.saphan.bench.BenchHttp.Answer;

/**
 * The session room's audio as the pages measure it, with real Chromium browsers (Debian's, headless, each with a fake
 * microphone playing a tone) in rooms of three on the guest page, against a running Saphan: mouth-to-ear delay from
 * each frame's capture time to its playout (one machine, one clock; p50, p99, max over every frame every page
 * played), frames concealed and lost, bits per second up and down per participant (WebSocket payload), and the CPU
 * each participant's browser used (all its processes, from /proc). Rooms of three as guests: the audio path is the
 * same for every role, and guests need no sign-in, so many rooms start quickly.
 *
 * <p>
 * Each round (one count of rooms at a time, from {@code bench.rooms}) makes that many remote immediate bookings, each
 * taken by a bench interpreter of its own, opens three browsers per room on {@code /join#<code>}, lets them talk for
 * {@code bench.warmupSeconds}, resets the pages' figures, measures for {@code bench.seconds}, and ends the rooms.
 * Drives chromedriver over its W3C HTTP protocol, so nothing but the JDK is needed.
 */
public final class SessionAudioBenchmark {

    private static final String REALM = "saphan";
    private static final double[] TONES = {523.0, 784.0, 1175.0};
    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    private final String app;
    private final String keycloak;
    private final Path adminPasswordFile;
    private final int seconds;
    private final int warmup;
    private final String chromium;
    private final String chromedriver;
    private final Path work;
    private final BenchHttp http = new BenchHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .build());

    private SessionAudioBenchmark() throws IOException {
        app = System.getProperty("bench.app", "http://127.0.0.1:8080");
        keycloak = System.getProperty("bench.keycloak", "http://127.0.0.1:8180");
        adminPasswordFile = Path.of(System.getProperty("bench.adminPasswordFile", ".saphan/keycloak-admin-password"));
        seconds = Integer.getInteger("bench.seconds", 30);
        warmup = Integer.getInteger("bench.warmupSeconds", 8);
        chromium = System.getProperty("bench.chromium", "/usr/bin/chromium");
        chromedriver = System.getProperty("bench.chromedriver", "/usr/bin/chromedriver");
        work = Files.createTempDirectory("saphan-audio-bench");
    }

    public static void main(String[] args) throws Exception {
        SessionAudioBenchmark bench = new SessionAudioBenchmark();
        int[] rounds = Arrays.stream(System.getProperty("bench.rooms", "1,2").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        System.out.printf(Locale.ROOT, "app %s; %d s warm-up, %d s measured per round; %d processors%n", bench.app,
                bench.warmup, bench.seconds, Runtime.getRuntime().availableProcessors());
        System.out.println("rooms  pages  frames  p50 ms  p99 ms  max ms  concealed  lost  kbit/s up  kbit/s down  "
                + "CPU %/page  codec");
        for (int rooms : rounds) {
            bench.round(rooms);
        }
    }

    private void round(int rooms) throws Exception {
        String admin = http.adminToken(keycloak, adminPasswordFile);
        String requester = password("somchai");
        List<Page> pages = new ArrayList<>();
        List<String> references = new ArrayList<>();
        try {
            for (int r = 0; r < rooms; r++) {
                String reference = openRoom(admin, requester);
                references.add(reference);
                for (int p = 0; p < 3; p++) {
                    Path wav = work.resolve("tone-" + (int) TONES[p] + ".wav");
                    if (!Files.exists(wav)) {
                        Files.write(wav, Tones.wav(TONES[p], 20));
                    }
                    Answer code = http.send(BenchHttp.json("POST", app + "/api/bookings/" + reference + "/guest-codes",
                            requester, "{}"));
                    if (code.status() != 201) {
                        throw new IllegalStateException("no guest code: " + code.status() + " " + code.body());
                    }
                    Page page = new Page(chromedriver, chromium, wav);
                    pages.add(page);
                    page.join(app, code.object().getString("code"));
                }
            }
            for (Page p : pages) {
                p.awaitLive();
            }
            Thread.sleep(warmup * 1000L);
            for (Page p : pages) {
                p.script("saphanRoom.reset(); return 1;");
                p.cpuStart = p.cpuTicks();
            }
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<Double> delays = new ArrayList<>();
            long frames = 0;
            long concealed = 0;
            long lost = 0;
            double up = 0;
            double down = 0;
            double cpu = 0;
            String codec = "";
            for (Page p : pages) {
                double ticks = p.cpuTicks() - p.cpuStart;
                cpu += 100.0 * ticks / CLOCK_TICKS / elapsed;
                JsonObject f = p.figures();
                frames += f.getJsonNumber("played").longValue();
                concealed += f.getJsonNumber("concealed").longValue();
                lost += f.getJsonNumber("lost").longValue();
                up += f.getJsonNumber("bitsUpPerSecond").doubleValue();
                down += f.getJsonNumber("bitsDownPerSecond").doubleValue();
                codec = f.getJsonObject("codec").getString("sending");
                for (JsonValue d : p.delays()) {
                    delays.add(((jakarta.json.JsonNumber) d).doubleValue());
                }
            }
            delays.sort(Double::compare);
            int n = pages.size();
            System.out.printf(Locale.ROOT,
                    "%5d  %5d  %6d  %6.0f  %6.0f  %6.0f  %8.2f%%  %4d  %9.1f  %11.1f  %10.1f  %s%n",
                    rooms, n, frames, pick(delays, 0.5), pick(delays, 0.99),
                    delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1),
                    frames == 0 ? 0 : 100.0 * concealed / (frames + concealed), lost, up / n / 1000, down / n / 1000,
                    cpu / n, codec);
        } finally {
            for (Page p : pages) {
                p.close();
            }
            for (String reference : references) {
                endRoom(requester, reference);
            }
        }
    }

    private static double pick(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
    }

    /** A remote immediate booking of somchai's agency, taken by a new bench interpreter: its room is open now. */
    private String openRoom(String admin, String requester) throws Exception {
        String username = "bench-room-" + UUID.randomUUID().toString().substring(0, 8);
        ensureInterpreter(admin, username);
        String interpreter = password(username);
        put("/api/me/on-call", interpreter, "{\"onCall\":true}");
        Instant start = Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String booking = """
                {"purpose":"SCREENING_INTERVIEW","mode":"REMOTE","urgency":"IMMEDIATE","start":"%s","durationMinutes":30,
                 "language":"ksw","otherLanguage":"tha","province":"Bangkok","caseCode":"BENCH-AUDIO-%s1",
                 "noteForInterpreter":"benchmark"}"""
                .formatted(start, username.substring(11).toUpperCase(Locale.ROOT));
        Answer created = http.send(BenchHttp.json("POST", app + "/api/bookings", requester, booking));
        if (created.status() != 201) {
            throw new IllegalStateException("could not book: " + created.status() + " " + created.body());
        }
        String reference = created.object().getString("reference");
        for (int i = 0; i < 50; i++) {
            for (JsonObject offer : http.get(app + "/api/offers", interpreter).array().getValuesAs(JsonObject.class)) {
                if (offer.getString("start").equals(start.toString())) {
                    Answer accepted = http.send(BenchHttp.json("POST", app + "/api/offers/" + offer.getJsonNumber("id")
                            + "/accept", interpreter, "{}"));
                    if (accepted.status() != 200) {
                        throw new IllegalStateException("accept refused: " + accepted.status() + " "
                                + accepted.body());
                    }
                    return reference;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(username + " got no offer for " + reference);
    }

    /** Ends a room as its requester would (the room's 'end' message), so that its interpreter is free again. */
    private void endRoom(String requester, String reference) {
        try {
            Answer ticket = http.send(BenchHttp.json("POST", app + "/api/gateway-tickets", requester,
                    "{\"channel\":\"session\",\"booking\":\"" + reference + "\"}"));
            if (ticket.status() != 201) {
                return;
            }
            var socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .header("Origin", app)
                    .subprotocols("saphan.v1", "ticket." + ticket.object().getString("ticket"))
                    .buildAsync(URI.create(app.replace("http", "ws") + "/gateway/sessions/" + reference),
                            new java.net.http.WebSocket.Listener() {
                            })
                    .join();
            socket.sendText("{\"type\":\"end\"}", true).join();
            Thread.sleep(300);
        } catch (RuntimeException | InterruptedException e) {
            System.out.println("could not end " + reference + ": " + e);
        }
    }

    private void ensureInterpreter(String admin, String username) {
        String base = keycloak + "/admin/realms/" + REALM;
        String user = ("{\"username\":\"%s\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Bench\","
                + "\"lastName\":\"Room\",\"email\":\"%s@bench.saphan.invalid\",\"credentials\":[{\"type\":"
                + "\"password\",\"value\":\"%s\",\"temporary\":false}]}").formatted(username, username, username);
        Answer created = http.send(BenchHttp.json("POST", base + "/users", admin, user));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create user " + username + ": " + created.status());
        }
        String location = created.response().headers().firstValue("Location").orElseThrow();
        Answer role = http.get(base + "/roles/interpreter", admin);
        http.send(BenchHttp.json("POST", location + "/role-mappings/realm", admin, "[" + role.body() + "]"));
        String coordinator = password("ploy");
        String profile = """
                {"username":"%s","name":"Bench Room","gender":"FEMALE",
                 "languages":[{"code":"ksw","level":"NATIVE","certified":true},{"code":"tha","level":"FLUENT","certified":false}],
                 "specialisations":["PSYCHOSOCIAL"],"provinces":["Bangkok"],"remote":true,
                 "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                   "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},
                   "trainings":["VICTIM_CENTRED","GENDER","TRAUMA_INFORMED"]},
                 "conflicts":[],"status":"ACTIVE"}"""
                .formatted(username);
        Answer p = http.send(BenchHttp.json("POST", app + "/api/interpreters", coordinator, profile));
        if (p.status() != 201) {
            throw new IllegalStateException(
                    "could not create profile " + username + ": " + p.status() + " " + p.body());
        }
        long id = p.object().getJsonNumber("id").longValue();
        StringBuilder weekly = new StringBuilder();
        for (String day : new String[]{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                "SUNDAY"}) {
            weekly.append(weekly.isEmpty() ? "" : ",")
                    .append("{\"day\":\"").append(day).append("\",\"from\":\"00:00\",\"to\":\"24:00\"}");
        }
        put("/api/interpreters/" + id + "/availability", coordinator, "{\"weekly\":[" + weekly + "],\"absences\":[]}");
    }

    private void put(String path, String token, String body) {
        Answer a = http.send(BenchHttp.json("PUT", app + path, token, body));
        if (a.status() / 100 != 2) {
            throw new IllegalStateException("PUT " + path + ": " + a.status() + " " + a.body());
        }
    }

    private String password(String username) {
        Answer a = http.form(keycloak + "/realms/" + REALM + "/protocol/openid-connect/token",
                "grant_type=password&client_id=saphan-cli&username=" + BenchHttp.enc(username) + "&password="
                        + BenchHttp.enc(username));
        if (a.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + a.status());
        }
        return a.object().getString("access_token");
    }

    /** One participant: a headless Chromium with a fake microphone, driven through chromedriver's HTTP protocol. */
    private static final class Page {
        private final Process driver;
        private final int port;
        private final HttpClient client = HttpClient.newHttpClient();
        private final String session;
        double cpuStart;

        Page(String chromedriver, String chromium, Path wav) throws Exception {
            try (var s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            driver = new ProcessBuilder(chromedriver, "--port=" + port).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String args = String.join("\",\"", "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--mute-audio", "--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + wav,
                    "--autoplay-policy=no-user-gesture-required", "--window-size=390,844");
            JsonObject created = null;
            for (int i = 0; i < 50 && created == null; i++) {
                try {
                    created = call("POST", "/session", "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\","
                            + "\"goog:chromeOptions\":{\"binary\":\"" + chromium + "\",\"args\":[\"" + args
                            + "\"]}}}}");
                } catch (IOException e) {
                    Thread.sleep(100); // chromedriver is still starting
                }
            }
            if (created == null) {
                throw new IllegalStateException("chromedriver did not start");
            }
            session = created.getJsonObject("value").getString("sessionId");
        }

        void join(String app, String code) throws Exception {
            call("POST", "/session/" + session + "/url", "{\"url\":\"" + app + "/join/#" + code + "\"}");
            for (int i = 0; i < 100; i++) {
                Object ready = script("const b = document.querySelector('#languages button[lang=en]');"
                        + "return Boolean(b && b.offsetParent !== null || !document.querySelector('#step-code').hidden);");
                if (Boolean.TRUE.equals(ready)) {
                    break;
                }
                Thread.sleep(100);
            }
            script("if (!document.querySelector('#step-language').hidden) "
                    + "document.querySelector('#languages button[lang=en]').click(); return 1;");
            for (int i = 0; i < 100; i++) {
                if (Boolean.TRUE.equals(script("return !document.querySelector('#step-code').hidden;"))) {
                    break;
                }
                Thread.sleep(100);
            }
            script("document.querySelector('#join-button').click(); return 1;");
        }

        void awaitLive() throws Exception {
            for (int i = 0; i < 300; i++) {
                if (Boolean.TRUE
                        .equals(script("return window.saphanRoom !== undefined && saphanRoom.state() === 'live';"))) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("a page did not get into its room");
        }

        JsonObject figures() throws Exception {
            return (JsonObject) scriptJson("return JSON.stringify(saphanRoom.figures());");
        }

        JsonArray delays() throws Exception {
            return (JsonArray) scriptJson("return JSON.stringify(saphanRoom.delays());");
        }

        Object script(String js) throws Exception {
            JsonValue v = call("POST", "/session/" + session + "/execute/sync",
                    Json.createObjectBuilder().add("script", js).add("args", Json.createArrayBuilder()).build()
                            .toString())
                    .get("value");
            return v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : v;
        }

        private JsonValue scriptJson(String js) throws Exception {
            Object v = script(js);
            try (var reader = Json.createReader(new StringReader(((jakarta.json.JsonString) v).getString()))) {
                return reader.readValue();
            }
        }

        /** User and system CPU ticks of every process this browser runs (chromedriver's descendants). */
        double cpuTicks() {
            return driver.toHandle().descendants().mapToDouble(h -> {
                try {
                    String stat = Files.readString(Path.of("/proc/" + h.pid() + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return Double.parseDouble(f[11]) + Double.parseDouble(f[12]);
                } catch (IOException | RuntimeException e) {
                    return 0; // gone meanwhile
                }
            }).sum();
        }

        private JsonObject call(String method, String path, String body) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
            b.method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                return reader.readObject();
            }
        }

        void close() {
            try {
                call("DELETE", "/session/" + session, null);
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the browser is going anyway
            }
            driver.descendants().forEach(ProcessHandle::destroy);
            driver.destroy();
        }
    }

    /** A WAV file of a tone in short bursts (speech-like pauses), 48 kHz mono 16-bit, as a fake microphone plays it. */
    static final class Tones {
        private Tones() {
        }

        static byte[] wav(double frequency, int seconds) {
            int rate = 48000;
            int samples = rate * seconds;
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + samples * 2)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                    .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
                    .putShort((short) 16).put("data".getBytes()).putInt(samples * 2);
            for (int i = 0; i < samples; i++) {
                double t = (double) i / rate;
                double amplitude = (t % 0.5) < 0.35 ? 0.5 : 0.0;
                b.putShort((short) (32767 * amplitude * Math.sin(2 * Math.PI * frequency * t)));
            }
            return b.array();
        }
    }
}
