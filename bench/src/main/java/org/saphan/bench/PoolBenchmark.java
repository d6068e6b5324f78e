package org.saphan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;
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
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.service.CoarseRules;
import org.saphan.domain.service.MatchNeeds;
import org.saphan.infrastructure.persistence.jpa.CoarseFilter;
import org.saphan.infrastructure.persistence.jpa.CoverageQueries;
import org.saphan.infrastructure.persistence.jpa.ProfileCache;

/**
 * Reading the candidate pool of one booking from MariaDB with 100,000 interpreters, the way the server's
 * {@code JpaCandidatePool} reads it, over plain JDBC, one read at a time, all in the same run:
 * <ul>
 * <li>before: the whole pool's rows, then each of their collections (languages, specialisations, provinces,
 * conflicts, weekly windows, absences) in batches of 100 ids, as Hibernate's {@code default_batch_fetch_size} loads
 * the entities' collections (still the read of {@code GET /api/bookings/{ref}/candidates});</li>
 * <li>after: the ids the {@link CoarseFilter} keeps, then their rows and each collection for 1,000 of them at a
 * time, as {@code JpaCandidatePool#candidatesFor} reads them for offers;</li>
 * <li>floor: the filter's plain indexed query, ids only.</li>
 * </ul>
 * The filter is the one for offers ({@link CoarseFilter#forOffers}): for the immediate booking, only those on call.
 * <p>
 * Hibernate's own work (entities, the persistence context, dirty checking at flush), the calendar queries
 * (assignments, offers) and the matcher are not in these figures: they are a floor for the server's read, not the
 * read itself. The database {@code bench_pool_<timestamp>} is dropped at the end, whatever happened, unless
 * {@code bench.pool.keep} is true.
 */
public final class PoolBenchmark {

    private static final String BASE = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = System.getProperty("bench.db.user", "root");
    private static final String PASSWORD = System.getProperty("bench.db.password", "");
    private static final int INTERPRETERS = Integer.getInteger("bench.pool.interpreters", 100_000);
    private static final int RUNS = Integer.getInteger("bench.pool.runs", 40);
    private static final int BEFORE_RUNS = Integer.getInteger("bench.pool.beforeRuns", 5);
    private static final int BATCH = 100;
    private static final String[] COLLECTIONS = {"interpreter_language", "interpreter_specialisation",
            "interpreter_province", "interpreter_conflict", "interpreter_weekly_window", "interpreter_absence"};
    private static final String LANGUAGE_MIX = "ELT(1 + (%s %% 20), 'mya', 'mya', 'mya', 'mya', 'mya', 'mya', 'mya', "
            + "'mya', 'khm', 'khm', 'khm', 'lao', 'lao', 'lao', 'vie', 'vie', 'shn', 'ksw', 'mnw', 'rhg')";
    private static final String PROVINCE_MIX = "ELT(1 + (%s %% 10), 'TAK', 'RANONG', 'BANGKOK', 'CHIANG_RAI', "
            + "'SA_KAEO', 'SONGKHLA', 'SAMUT_SAKHON', 'CHIANG_MAI', 'KANCHANABURI', 'NONG_KHAI')";

    private PoolBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = "bench_pool_" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyyMMddHHmmss"));
        try (Connection root = DriverManager.getConnection(BASE, USER, PASSWORD);
                Statement s = root.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
        }
        try {
            String url = BASE + db;
            Flyway.configure(PoolBenchmark.class.getClassLoader()).dataSource(url, USER, PASSWORD)
                    .locations("classpath:db/migration", "classpath:db/migration-mariadb").load().migrate();
            try (Connection c = DriverManager.getConnection(url, USER, PASSWORD)) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                seed(c);
                Instant now = Instant.now();
                ProfileCache cache = cache(c);
                measure(c, cache, "on-site Burmese in Tak, scheduled", onSiteBurmese(now));
                measure(c, cache, "remote Khmer, immediate", remoteKhmer(now));
                changes(c, cache);
            }
        } finally {
            if (Boolean.getBoolean("bench.pool.keep")) {
                System.out.println("Kept the database " + db + " (bench.pool.keep=true): drop it by hand");
            } else {
                try (Connection root = DriverManager.getConnection(BASE, USER, PASSWORD);
                        Statement s = root.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + db);
                }
            }
        }
    }

    /**
     * The coverage benchmark's pool (languages and provinces mixed by a hash of the id, so that they do not line up
     * with the other properties), plus a week each, a specialisation, and some absences and conflicts.
     */
    private static void seed(Connection c) throws SQLException {
        seed(c, INTERPRETERS, 0);
    }

    /**
     * As {@link #seed(Connection)}, for {@code interpreters} with ids from {@code idOffset + 1}: the HTTP benchmark
     * seeds beside a server's demo pool. Usernames are {@code bench-<n>}, so a database takes one seeding only.
     */
    static void seed(Connection c, int interpreters, long idOffset) throws SQLException {
        long t0 = System.nanoTime();
        String seq = "seq_1_to_" + interpreters;
        String id = idOffset == 0 ? "seq" : "seq + " + idOffset;
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO interpreter (id, username, display_name, gender, status, remote, on_call, "
                    + "background_check_valid_until, agreement_signed_on, agreement_version, created_at) "
                    + "SELECT " + id + ", CONCAT('bench-', seq), CONCAT('Bench Interpreter ', seq), "
                    + "IF(seq % 2 = 0, 'FEMALE', 'MALE'), IF(seq % 25 = 0, 'SUSPENDED', 'ACTIVE'), seq % 3 <> 0, "
                    + "seq % 7 = 0, DATE_ADD(CURRENT_DATE, INTERVAL CAST((seq * 7919) % 790 AS SIGNED) - 60 DAY), "
                    + "IF(seq % 10 = 0, NULL, '2025-01-10'), IF(seq % 10 = 0, NULL, '2'), NOW(3) FROM " + seq);
            s.executeUpdate("INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) "
                    + "SELECT " + id + ", 'tha', 'FLUENT', FALSE FROM " + seq);
            s.executeUpdate("INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) "
                    + "SELECT " + id + ", " + LANGUAGE_MIX.formatted("CRC32(CONCAT('l', seq))")
                    + ", 'NATIVE', seq % 4 = 0 FROM " + seq);
            s.executeUpdate("INSERT IGNORE INTO interpreter_language (interpreter_id, language_code, skill_level, "
                    + "certified) SELECT " + id + ", ELT(1 + (seq % 4), 'khm', 'lao', 'eng', 'vie'), 'WORKING', FALSE "
                    + "FROM " + seq + " WHERE seq % 5 = 0");
            s.executeUpdate("INSERT INTO interpreter_province (interpreter_id, province) SELECT " + id + ", "
                    + PROVINCE_MIX.formatted("CRC32(CONCAT('p', seq))") + " FROM " + seq + " WHERE seq % 2 = 0");
            s.executeUpdate("INSERT IGNORE INTO interpreter_province (interpreter_id, province) SELECT " + id + ", "
                    + PROVINCE_MIX.formatted("CRC32(CONCAT('q', seq))") + " FROM " + seq + " WHERE seq % 6 = 0");
            s.executeUpdate(
                    "INSERT INTO interpreter_specialisation (interpreter_id, specialisation) SELECT " + id + ", "
                            + "ELT(1 + (seq % 4), 'LEGAL', 'PSYCHOSOCIAL', 'MEDICAL', 'CHILDREN') FROM " + seq);
            for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
                s.executeUpdate("INSERT INTO interpreter_weekly_window (interpreter_id, day_of_week, from_minute, "
                        + "until_minute) SELECT " + id + ", '" + day + "', 420 + (seq % 3) * 60, 1020 + (seq % 4) * 60 "
                        + "FROM " + seq);
            }
            s.executeUpdate("INSERT INTO interpreter_absence (interpreter_id, starts_at, ends_at) SELECT " + id + ", "
                    + "TIMESTAMPADD(DAY, CAST(seq % 30 AS SIGNED), NOW(3)), TIMESTAMPADD(DAY, CAST(seq % 30 AS SIGNED) "
                    + "+ 3, NOW(3)) FROM " + seq + " WHERE seq % 10 = 0");
            s.executeUpdate("INSERT INTO interpreter_conflict (interpreter_id, party_kind, party_name) SELECT " + id
                    + ", "
                    + "'ORGANISATION', CONCAT('Synthetic employer ', seq % 50) FROM " + seq + " WHERE seq % 50 = 0");
            s.execute("ANALYZE TABLE interpreter, interpreter_language, interpreter_province, "
                    + "interpreter_specialisation, interpreter_weekly_window, interpreter_absence, "
                    + "interpreter_conflict");
        }
        System.out.printf(Locale.ROOT, "Seeded %,d interpreters with their collections in %.1f s%n", interpreters,
                (System.nanoTime() - t0) / 1e9);
    }

    private static Booking onSiteBurmese(Instant now) {
        BookingRequest request = new BookingRequest(Purpose.SCREENING_INTERVIEW, Mode.ON_SITE, Urgency.SCHEDULED,
                now.plus(Duration.ofDays(3)), 120, LanguagePair.withThai(LanguageCode.MYA), Province.TAK,
                "Police station, interview room 1", null, null, false, CaseCode.of("RTP-TAK-2026-0117"), null, null,
                Set.of());
        return new Booking(BookingReference.of(2026, 1), new Requester("RTP-TAK", "bench"), request, now);
    }

    private static Booking remoteKhmer(Instant now) {
        BookingRequest request = new BookingRequest(Purpose.PSYCHOSOCIAL_SESSION, Mode.REMOTE, Urgency.IMMEDIATE,
                now.plusSeconds(60), 60, LanguagePair.withThai(LanguageCode.KHM), null, null, null, null, false,
                CaseCode.of("MSDHS-2026-0311"), null, null, Set.of());
        return new Booking(BookingReference.of(2026, 2), new Requester("MSDHS-BKK", "bench"), request, now);
    }

    /**
     * The server's profile cache over this database: its first, whole read, timed, and the heap it holds, measured as
     * the heap in use after a full GC with and without it (same JVM, nothing else alive between the two).
     */
    private static ProfileCache cache(Connection c) {
        Jdbc sql = new Jdbc(c);
        long heapBefore = usedHeapAfterGc();
        ProfileCache cache = new ProfileCache();
        long t0 = System.nanoTime();
        int size = cache.profiles(sql).orElseThrow().size();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long heapAfter = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "%nProfile cache: whole read of %,d interpreters in %.2f s; heap held %.1f MB,"
                + " %,d bytes an interpreter (load average %s)%n", size, seconds, (heapAfter - heapBefore) / 1e6,
                (heapAfter - heapBefore) / Math.max(1, size), loadAverage());
        BenchSummary.value(String.format(Locale.ROOT, "profile cache, %,d interpreters", size),
                String.format(Locale.ROOT, "%,d bytes each, whole read %.1f s", (heapAfter - heapBefore)
                        / Math.max(1, size), seconds),
                null);
        for (int i = 0; i < 2; i++) {
            cache.clear();
            t0 = System.nanoTime();
            cache.profiles(sql).orElseThrow();
            System.out.printf(Locale.ROOT, "  read whole again: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        }
        return cache;
    }

    /**
     * What a change costs the next booking: one interpreter (an on-call switch) or a hundred changed, marked as the
     * repository marks them, then the cache brought up to date.
     */
    private static void changes(Connection c, ProfileCache cache) throws SQLException {
        Jdbc sql = new Jdbc(c);
        for (int changed : new int[]{1, 100}) {
            Histogram h = new Histogram(3_600_000_000L, 3);
            for (int run = 0; run < RUNS; run++) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE coverage_pool_state SET generation = generation + 1 WHERE id = 1");
                    s.executeUpdate("UPDATE interpreter SET on_call = NOT on_call, pool_generation = (SELECT "
                            + "generation FROM coverage_pool_state WHERE id = 1) WHERE id BETWEEN " + (run * 100 + 1)
                            + " AND " + (run * 100 + changed));
                }
                long t0 = System.nanoTime();
                cache.profiles(sql).orElseThrow();
                h.recordValue((System.nanoTime() - t0) / 1000);
            }
            System.out.printf(Locale.ROOT, "Cache brought up to date after %d interpreter(s) changed: p50 %.2f ms, "
                    + "p99 %.2f ms, max %.2f ms (%d runs)%n", changed, h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, h.getTotalCount());
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0] + " "
                    + Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[1];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static void measure(Connection c, ProfileCache cache, String name, Booking booking) throws SQLException {
        Histogram cached = new Histogram(3_600_000_000L, 3);
        Jdbc sql = new Jdbc(c);
        MatchNeeds needs = MatchNeeds.of(booking);
        CoarseFilter filter = CoarseFilter.forOffers(booking);
        CoarseFilter whole = new CoarseFilter("TRUE", List.of());
        Histogram floor = new Histogram(3_600_000_000L, 3);
        Histogram after = new Histogram(3_600_000_000L, 3);
        Histogram before = new Histogram(3_600_000_000L, 3);
        int kept = 0;
        int all = 0;
        long rows = 0;
        for (int warm = 0; warm < 3; warm++) {
            ids(c, filter);
            readFiltered(c, filter);
        }
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            kept = ids(c, filter).size();
            floor.recordValue((System.nanoTime() - t0) / 1000);
            t0 = System.nanoTime();
            rows = readFiltered(c, filter);
            after.recordValue((System.nanoTime() - t0) / 1000);
            t0 = System.nanoTime();
            int keptInMemory = CoarseRules.kept(needs, cache.profiles(sql).orElseThrow().all(), true).size();
            cached.recordValue((System.nanoTime() - t0) / 1000);
            if (keptInMemory != kept) {
                throw new IllegalStateException("the cache kept " + keptInMemory + ", the filter " + kept);
            }
        }
        for (int run = 0; run < BEFORE_RUNS; run++) {
            long t0 = System.nanoTime();
            read(c, whole);
            before.recordValue((System.nanoTime() - t0) / 1000);
            all = ids(c, whole).size();
        }
        System.out.printf(Locale.ROOT, "%n%s: the filter keeps %,d of %,d interpreters (%,d rows read with their "
                + "collections); load average %s%n", name, kept, all, rows, loadAverage());
        System.out.printf(Locale.ROOT, "%-44s %6s %10s %10s %10s %8s%n", "read (ms)", "runs", "p50", "p99", "max",
                "÷ floor");
        line("floor: the filter's indexed query, ids only", floor, floor);
        line("after: filtered rows + collections", after, floor);
        line("cached: generation + coarse rules in memory", cached, floor);
        BenchSummary.figure("pool of one booking from the cache, " + name, cached.getValueAtPercentile(50) / 1000.0,
                cached.getValueAtPercentile(99) / 1000.0, "coarse filter's indexed query",
                floor.getValueAtPercentile(50) / 1000.0, floor.getValueAtPercentile(99) / 1000.0, 0);
        line("before: whole pool + collections", before, floor);
    }

    private static void line(String name, Histogram h, Histogram floor) {
        System.out.printf(Locale.ROOT, "%-44s %6d %10.2f %10.2f %10.2f %8.1f%n", name, h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                (double) h.getValueAtPercentile(50) / Math.max(1, floor.getValueAtPercentile(50)));
    }

    private static List<Long> ids(Connection c, CoarseFilter filter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = prepare(c, filter.idsSql(), filter.parameters()); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** The filter's ids, then their rows and every collection by id, 1,000 a statement; returns the rows read. */
    private static long readFiltered(Connection c, CoarseFilter filter) throws SQLException {
        List<Long> ids = ids(c, filter);
        long rows = byIds(c, "interpreter", "id", ids, 1000);
        for (String table : COLLECTIONS) {
            rows += byIds(c, table, "interpreter_id", ids, 1000);
        }
        return rows;
    }

    /** The rows, then every collection in batches of {@value #BATCH} ids; returns how many rows it read. */
    private static long read(Connection c, CoarseFilter filter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        long rows = 0;
        try (PreparedStatement s = prepare(c, filter.rowsSql(), filter.parameters()); ResultSet r = s.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                ids.add(r.getLong(1));
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
                rows++;
            }
        }
        for (String table : COLLECTIONS) {
            rows += byIds(c, table, "interpreter_id", ids, BATCH);
        }
        return rows;
    }

    /** Every row of the table for these ids, {@code batch} ids a statement (a short last batch repeats its last id). */
    private static long byIds(Connection c, String table, String column, List<Long> ids, int batch)
            throws SQLException {
        long rows = 0;
        String in = "?" + ",?".repeat(batch - 1);
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE " + column + " IN (" + in
                + ")")) {
            for (int from = 0; from < ids.size(); from += batch) {
                for (int i = 0; i < batch; i++) {
                    s.setLong(i + 1, ids.get(Math.min(from + i, ids.size() - 1)));
                }
                try (ResultSet r = s.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            r.getObject(i);
                        }
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> values) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            s.setObject(i + 1, values.get(i));
        }
        return s;
    }

    /** Native SQL over JDBC for the cache, read as the coverage benchmark reads it; never a write. */
    private record Jdbc(Connection c) implements CoverageQueries.Sql {

        @Override
        public List<Object[]> rows(String sql, List<Object> parameters) {
            return new CoverageBenchmark.Jdbc(c).rows(sql, parameters);
        }

        @Override
        public int update(String sql, List<Object> parameters) {
            throw new UnsupportedOperationException("the cache only reads");
        }
    }
}
