package org.saphan.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a phone and a desk see them, against a running Saphan with its demo data: the bytes each door
 * transfers on its first load (cold: every file the door loads, as the server sends it gzip-compressed; warm: what a
 * reload transfers once the browser has them) and the time from sending {@code POST /api/bookings} to the offer
 * drawn on the interpreter's phone page (p50/p99 over a number of immediate bookings). Figures, never a pass/fail.
 */
public final class PagesBenchmark {

    private final String app = System.getProperty("bench.app", "http://127.0.0.1:8080");
    private final String keycloak = System.getProperty("bench.keycloak", "http://127.0.0.1:8180");
    private final int bookings = Integer.getInteger("bench.pages.bookings", 50);
    private final int warmup = Integer.getInteger("bench.pages.warmup", 5);
    private final BenchHttp http = new BenchHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .build());

    public static void main(String[] args) throws Exception {
        new PagesBenchmark().run();
    }

    private void run() throws Exception {
        System.out.println("Saphan pages benchmark against " + app + " (Keycloak " + keycloak + ")");
        doorBytes("requester", "somchai", 1366, 768);
        doorBytes("interpreter", "thida", 390, 844);
        offerLatency();
    }

    private static ChromeDriver browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("bench.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("bench.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private void signIn(ChromeDriver d, String path, String username) {
        d.get(app + path);
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        wait.until(x -> !x.findElements(By.id("username")).isEmpty());
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys(username);
        d.findElement(By.id("kc-login")).click();
        waitForDoor(d);
    }

    private static void waitForDoor(ChromeDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> !x.findElements(By.cssSelector("header .who"))
                .isEmpty());
    }

    /** Saphan's own files this document loaded (the page, scripts, styles, messages, fonts), never an API answer. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> ownEntries(ChromeDriver d) {
        Object entries = ((JavascriptExecutor) d).executeScript("""
                return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                  .filter(e => e.name.startsWith(location.origin))
                  .map(e => ({ name: e.name.split('#')[0], transfer: e.transferSize, encoded: e.encodedBodySize }))
                  .filter(e => !new URL(e.name).pathname.startsWith('/api/'));
                """);
        return (List<Map<String, Object>>) entries;
    }

    private void doorBytes(String door, String username, int width, int height) throws Exception {
        ChromeDriver d = browser(width, height);
        try {
            signIn(d, "/" + door + "/", username);
            Thread.sleep(1500); // messages, fonts and the feed's ticket settle
            Set<String> files = new LinkedHashSet<>();
            for (Map<String, Object> e : ownEntries(d)) {
                files.add(String.valueOf(e.get("name")));
            }
            long cold = 0;
            HttpClient client = HttpClient.newHttpClient();
            for (String file : files) {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(file))
                        .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                long headers = r.headers().map().entrySet().stream()
                        .mapToLong(h -> h.getKey().length() + 4 + String.join(",", h.getValue()).length()).sum();
                cold += r.body().length + headers + 20;
            }
            d.navigate().refresh();
            waitForDoor(d);
            Thread.sleep(1500);
            long warm = 0;
            for (Map<String, Object> e : ownEntries(d)) {
                warm += ((Number) e.get("transfer")).longValue();
            }
            System.out.printf("%-12s first load, cold: %6.1f KB in %d files (gzip as served, headers included)%n",
                    door, cold / 1024.0, files.size());
            System.out.printf("%-12s reload, warm:     %6.1f KB (what the browser transferred: revalidations)%n",
                    door, warm / 1024.0);
        } finally {
            d.quit();
        }
    }

    private String token(String username) {
        BenchHttp.Answer a = http.form(keycloak + "/realms/saphan/protocol/openid-connect/token",
                "grant_type=password&client_id=saphan-cli&username=" + username + "&password=" + username);
        if (a.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + a.body());
        }
        return a.object().getString("access_token");
    }

    @SuppressWarnings("unchecked")
    private void offerLatency() throws Exception {
        ChromeDriver phone = browser(390, 844);
        try {
            String thida = token("thida");
            http.send(BenchHttp.json("PUT", app + "/api/me/on-call", thida, "{\"onCall\":true}"));
            signIn(phone, "/interpreter/", "thida");
            JavascriptExecutor js = phone;
            new WebDriverWait(phone, Duration.ofSeconds(30)).until(x -> "online".equals(js.executeScript(
                    "return document.body.dataset.connection")));
            // the moment each offer card is in the page, on the page's own clock (the same machine's)
            js.executeScript("""
                    window.__drawn = {};
                    new MutationObserver(() => {
                      for (const li of document.querySelectorAll('li.offer[data-offer]')) {
                        if (!(li.dataset.offer in window.__drawn)) {
                          window.__drawn[li.dataset.offer] = performance.timeOrigin + performance.now();
                        }
                      }
                    }).observe(document.body, { childList: true, subtree: true });
                    for (const li of document.querySelectorAll('li.offer[data-offer]')) {
                      window.__drawn[li.dataset.offer] = 0;
                    }
                    """);
            Histogram histogram = new Histogram(60_000_000L, 3);
            List<Double> all = new ArrayList<>();
            Set<String> seen = new HashSet<>(((Map<String, Object>) js.executeScript("return window.__drawn"))
                    .keySet());
            String somchai = token("somchai");
            for (int i = 0; i < warmup + bookings; i++) {
                if (i % 40 == 39) {
                    somchai = token("somchai"); // five-minute tokens
                }
                String body = """
                        {"purpose":"SCREENING_INTERVIEW","mode":"REMOTE","urgency":"IMMEDIATE","start":"%s",
                         "durationMinutes":60,"language":"mya","otherLanguage":"tha","caseCode":"BENCH-%d"}"""
                        .formatted(Instant.now(), 1000 + i);
                Instant sent = Instant.now();
                BenchHttp.Answer created = http.send(BenchHttp.json("POST", app + "/api/bookings", somchai, body));
                if (created.status() != 201) {
                    throw new IllegalStateException("booking refused: " + created.status() + " " + created.body());
                }
                String reference = created.object().getString("reference");
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                Double drawn = null;
                while (drawn == null && System.nanoTime() < deadline) {
                    Map<String, Object> now = (Map<String, Object>) js.executeScript("return window.__drawn");
                    for (Map.Entry<String, Object> e : now.entrySet()) {
                        if (seen.add(e.getKey())) {
                            drawn = ((Number) e.getValue()).doubleValue();
                        }
                    }
                    if (drawn == null) {
                        Thread.sleep(5);
                    }
                }
                http.send(BenchHttp.json("POST", app + "/api/bookings/" + reference + "/cancel", somchai,
                        "{\"reason\":\"benchmark\"}"));
                if (drawn == null) {
                    System.out.println("booking " + reference + ": no offer drawn within 15 s");
                    continue;
                }
                double millis = drawn - (sent.getEpochSecond() * 1000.0 + sent.getNano() / 1_000_000.0);
                if (i >= warmup) {
                    all.add(millis);
                    histogram.recordValue(Math.max(0, Math.round(millis * 1000)));
                }
            }
            System.out.printf("POST /api/bookings to the offer drawn on the phone page, %d immediate bookings: "
                    + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms%n", all.size(),
                    histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                    histogram.getMaxValue() / 1000.0, histogram.getMean() / 1000.0);
            http.send(BenchHttp.json("PUT", app + "/api/me/on-call", token("thida"), "{\"onCall\":false}"));
        } finally {
            phone.quit();
        }
    }
}
