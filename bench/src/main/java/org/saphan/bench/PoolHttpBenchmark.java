package org.saphan.bench;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.saphan.bench.BenchHttp.Answer;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRequest;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.booking.Purpose;
import org.saphan.domain.model.booking.Requester;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.infrastructure.persistence.jpa.CoarseFilter;

/**
 * {@code POST /api/bookings} (its first wave of offers inside it) and {@code GET /api/bookings/{ref}/candidates}
 * through HTTP against a running Saphan whose MariaDB holds a large pool, each beside a floor measured in the same run:
 * the coarse filter's plain indexed query for the same booking over JDBC ({@link CoarseFilter#idsSql}), with the
 * ratio of the p50s.
 * <p>
 * It seeds the server's database (PoolBenchmark's pool, ids from 1,000,001 so that the demo pool stays), raises the
 * pool's generation so that the server's profile cache reads the pool again, and times the first booking after that
 * (the cache's whole read) on its own. Then, one request at a time, it alternates floor, POST and GET. The bookings
 * are scheduled, remote, Burmese and Thai, a few days ahead, made by the demo requester {@code somchai}; the
 * candidates are read by the demo coordinator {@code ploy}.
 * <p>
 * Properties: {@code bench.app} (http://127.0.0.1:8080), {@code bench.keycloak} (http://127.0.0.1:8180),
 * {@code bench.db.url} (jdbc:mariadb://127.0.0.1:3306/saphan), {@code bench.db.user} / {@code bench.db.password}
 * (root, empty), {@code bench.pool.interpreters} (100000), {@code bench.pool.runs} (40), {@code bench.pool.seed}
 * (true; false when the database was seeded by an earlier run).
 */
public final class PoolHttpBenchmark {

    private static final long ID_OFFSET = 1_000_000L;

    private PoolHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String app = System.getProperty("bench.app", "http://127.0.0.1:8080").replaceAll("/$", "");
        String keycloak = System.getProperty("bench.keycloak", "http://127.0.0.1:8180").replaceAll("/$", "");
        String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/saphan");
        int interpreters = Integer.getInteger("bench.pool.interpreters", 100_000);
        int runs = Integer.getInteger("bench.pool.runs", 40);
        BenchHttp http = new BenchHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        try (Connection c = DriverManager.getConnection(url, System.getProperty("bench.db.user", "root"),
                System.getProperty("bench.db.password", ""))) {
            if (Boolean.parseBoolean(System.getProperty("bench.pool.seed", "true"))) {
                PoolBenchmark.seed(c, interpreters, ID_OFFSET);
            }
            try (Statement s = c.createStatement()) {
                // SQL outside the application: raising the generation alone makes every node read the pool whole
                s.executeUpdate("UPDATE coverage_pool_state SET generation = generation + 1 WHERE id = 1");
            }
            long pool = count(c, "SELECT COUNT(*) FROM interpreter");
            String somchai = token(http, keycloak, "somchai");
            String ploy = token(http, keycloak, "ploy");

            long t0 = System.nanoTime();
            String first = book(http, app, somchai, 3);
            System.out.printf(Locale.ROOT, "%nPool of %,d interpreters. First booking after the pool changed (the "
                    + "server's cache reads it whole): %.0f ms (%s); load average %s%n", pool,
                    (System.nanoTime() - t0) / 1e6, first, PoolBenchmark.loadAverage());
            for (int warm = 0; warm < 5; warm++) {
                candidates(http, app, ploy, book(http, app, somchai, 3 + warm % 4));
            }

            Histogram floor = new Histogram(3_600_000_000L, 3);
            Histogram post = new Histogram(3_600_000_000L, 3);
            Histogram get = new Histogram(3_600_000_000L, 3);
            long kept = 0;
            long bytes = 0;
            for (int run = 0; run < runs; run++) {
                int daysAhead = 3 + run % 4;
                long f0 = System.nanoTime();
                kept = floorIds(c, daysAhead);
                floor.recordValue((System.nanoTime() - f0) / 1000);
                long p0 = System.nanoTime();
                String reference = book(http, app, somchai, daysAhead);
                post.recordValue((System.nanoTime() - p0) / 1000);
                long g0 = System.nanoTime();
                bytes = candidates(http, app, ploy, reference);
                get.recordValue((System.nanoTime() - g0) / 1000);
            }
            System.out.printf(Locale.ROOT, "Scheduled remote mya-tha: the filter keeps %,d; candidates answer %,d "
                    + "bytes; load average %s%n", kept, bytes, PoolBenchmark.loadAverage());
            System.out.printf(Locale.ROOT, "%-52s %6s %10s %10s %10s %8s%n", "ms", "runs", "p50", "p99", "max",
                    "÷ floor");
            line("floor: the coarse filter's ids over JDBC", floor, floor);
            line("POST /api/bookings (first wave inside)", post, floor);
            line("GET /api/bookings/{ref}/candidates", get, floor);
            String floorName = "coarse filter's ids over JDBC";
            BenchSummary.figure(String.format(Locale.ROOT, "POST /api/bookings, first wave, %,d interpreters "
                    + "(%,d kept)", pool, kept), ms(post, 50), ms(post, 99), floorName, ms(floor, 50), ms(floor, 99),
                    50);
            BenchSummary.figure(String.format(Locale.ROOT, "GET candidates, %,d interpreters (%,d bytes)", pool,
                    bytes), ms(get, 50), ms(get, 99), floorName, ms(floor, 50), ms(floor, 99), 100);
        }
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static void line(String name, Histogram h, Histogram floor) {
        System.out.printf(Locale.ROOT, "%-52s %6d %10.1f %10.1f %10.1f %8.1f%n", name, h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                (double) h.getValueAtPercentile(50) / Math.max(1, floor.getValueAtPercentile(50)));
    }

    private static Instant start(int daysAhead) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(daysAhead)).plus(Duration.ofHours(3));
    }

    private static String book(BenchHttp http, String app, String token, int daysAhead) {
        String body = """
                {"purpose":"SCREENING_INTERVIEW","mode":"REMOTE","urgency":"SCHEDULED","start":"%s",
                 "durationMinutes":60,"language":"mya","otherLanguage":"tha","caseCode":"RTP-2026-%04d"}"""
                .formatted(start(daysAhead), (int) (Math.random() * 9000) + 1000);
        Answer a = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app + "/api/bookings"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (a.status() != 201) {
            throw new IllegalStateException("booking refused: " + a.status() + " " + a.body());
        }
        return a.object().getString("reference");
    }

    private static long candidates(BenchHttp http, String app, String token, String reference) {
        Answer a = http.get(app + "/api/bookings/" + reference + "/candidates", token);
        if (a.status() != 200) {
            throw new IllegalStateException("candidates refused: " + a.status() + " " + a.body());
        }
        return a.body().length();
    }

    /** The floor: the coarse filter's ids for the same booking, read over JDBC. */
    private static long floorIds(Connection c, int daysAhead) throws SQLException {
        BookingRequest request = new BookingRequest(Purpose.SCREENING_INTERVIEW, Mode.REMOTE, Urgency.SCHEDULED,
                start(daysAhead), 60, LanguagePair.withThai(LanguageCode.MYA), null, null, null, null, false,
                CaseCode.of("RTP-2026-0001"), null, null, Set.of());
        Booking booking = new Booking(BookingReference.of(2026, 1), new Requester("RTP-ATPD", "bench"), request,
                Instant.now());
        CoarseFilter filter = CoarseFilter.forOffers(booking);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(filter.idsSql())) {
            for (int i = 0; i < filter.parameters().size(); i++) {
                s.setObject(i + 1, filter.parameters().get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids.size();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String token(BenchHttp http, String keycloak, String user) {
        Answer a = http.form(keycloak + "/realms/saphan/protocol/openid-connect/token",
                "grant_type=password&client_id=saphan-cli&username=" + user + "&password=" + user);
        if (a.status() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + a.status());
        }
        return a.object().getString("access_token");
    }
}
