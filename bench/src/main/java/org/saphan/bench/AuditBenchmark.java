package org.saphan.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;
import org.saphan.domain.model.audit.Actor;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditEntry;
import org.saphan.domain.model.audit.AuditHead;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.ChainVerification;
import org.saphan.domain.model.audit.Checkpoint;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.infrastructure.audit.CheckpointStore;

/**
 * The cost of the confidentiality log, on a scratch MariaDB database migrated with the project's own migrations:
 *
 * <ol>
 * <li>booking reads per second over JDBC, with T threads, without and with the audit append in the same transaction
 * (the append done as {@code JpaAuditLog} does it: the {@code audit_head} row locked FOR UPDATE, the entry sealed by
 * {@link AuditHead#append} with {@code AuditChain}, INSERT into {@code audit_entry}, UPDATE of the head);</li>
 * <li>the time to verify a chain of 1,000,000 entries: the whole walk, as the background walk ({@code FullWalker})
 * and, before issue 13, every {@code GET /api/audit/verify} did it (pages of 5,000 in sequence order, every entry
 * through {@link ChainVerification}); then verify as the request now does it, from a signed checkpoint
 * ({@link ChainVerification#fromCheckpoint}) that lies 0 to 100,000 entries behind the head; then one entry tampered
 * with in the middle, which the whole walk must name and the walk from a later checkpoint does not read, and one after
 * the checkpoint, which the walk from the checkpoint must name; and the cost of reading a year of signed checkpoints
 * ({@code CheckpointStore}, one every 5 minutes): all of them for the whole walk, the last line for a verify.</li>
 * </ol>
 *
 * The scratch database {@code bench_audit_<timestamp>} is dropped at the end, whatever happens. This is the JDBC path
 * only: no WildFly, no JPA/Hibernate, no HTTP, no token checks; those add their own cost on top.
 */
public final class AuditBenchmark {

    private static final String BASE_URL = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = System.getProperty("bench.db.user", "root");
    private static final String PASSWORD = System.getProperty("bench.db.password", "");
    private static final int BOOKINGS = Integer.getInteger("bench.audit.bookings", 10_000);
    private static final int INTERPRETERS = 200;
    private static final long ENTRIES = Long.getLong("bench.audit.entries", 1_000_000L);
    private static final int[] THREADS = Arrays.stream(System.getProperty("bench.audit.threads", "1,4,16").split(","))
            .map(String::strip).mapToInt(Integer::parseInt).toArray();
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.audit.seconds", 10));
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.audit.warmupSeconds", 3));
    /** As AuditServiceBean.WALK_PAGE. */
    private static final int WALK_PAGE = 5_000;
    /** How far behind the head the last signed checkpoint lies, for the verify from a checkpoint. */
    private static final long[] TAILS = Arrays.stream(System.getProperty("bench.audit.tails", "0,1000,10000,100000")
            .split(",")).mapToLong(Long::parseLong).toArray();
    /** A year of checkpoints, one every 5 minutes (SAPHAN_AUDIT_CHECKPOINT_SECONDS=300). */
    private static final int CHECKPOINT_LINES = Integer.getInteger("bench.audit.checkpointLines", 105_120);
    private static final int YEAR = 2026;

    /** The read JPA makes of a booking ({@code SELECT b FROM Booking b WHERE b.reference = :reference}). */
    private static final String READ_BOOKING = "SELECT id, reference, requester_agency, requester_subject, "
            + "requester_contact, purpose, booking_mode, urgency, starts_at, duration_minutes, person_language, "
            + "other_language, province, place, interpreter_gender, interpreter_gender_required, specialisation, "
            + "person_is_minor, case_code, note_for_interpreter, status, status_reason, status_changed_at, current_wave, "
            + "interpreter_id, created_at, version, pseudonymised_at FROM booking WHERE reference = ?";
    /** The lazy {@code @ElementCollection} of parties, loaded when the view is built. */
    private static final String READ_PARTIES = "SELECT booking_id, party_kind, party_name FROM booking_party "
            + "WHERE booking_id = ?";
    /** {@code em.find(Interpreter.class, id)} for the interpreter's name, when one is assigned. */
    private static final String READ_INTERPRETER = "SELECT id, username, display_name, gender, status, version, "
            + "created_at, remote, on_call, background_check_valid_until, agreement_signed_on, agreement_version, "
            + "status_reason, status_changed_at FROM interpreter WHERE id = ?";
    /** {@code em.find(AuditHead.class, 1, PESSIMISTIC_WRITE)} on MariaDB. */
    private static final String LOCK_HEAD = "SELECT id, chain_id, last_hash, last_seq FROM audit_head WHERE id = ? "
            + "FOR UPDATE";
    private static final String INSERT_ENTRY = "INSERT INTO audit_entry (seq, occurred_at, actor_subject, "
            + "actor_username, actor_role, actor_agency, action, object_type, object_id, object_ids, outcome, reason, "
            + "request_id, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_HEAD = "UPDATE audit_head SET chain_id = ?, last_hash = ?, last_seq = ? "
            + "WHERE id = ?";
    /** The named query AuditEntry.range with setMaxResults(WALK_PAGE). */
    private static final String RANGE = "SELECT seq, occurred_at, actor_subject, actor_username, actor_role, "
            + "actor_agency, action, object_type, object_id, object_ids, outcome, reason, request_id, prev_hash, "
            + "entry_hash FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?";

    private static final Actor[] ACTORS = {
            new Actor("8f0c2f7e-2b4a-4a57-9d0e-5f1f6d1e0a01", "ploy", "coordinator", null),
            new Actor("1d9b7c55-6a0e-4f3b-8c3e-2e7a9b4c0b02", "somchai", "requester", "dsdw-tak"),
            new Actor("c3a1e2d4-7b6f-4e1a-9a2b-3c4d5e6f0c03", "malee", "requester", "police-ranong"),
            new Actor("5e4d3c2b-1a09-4f8e-b7c6-d5e4f3a20d04", "rahim", "interpreter", null),
    };

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = "bench_audit_" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyyMMddHHmmss"));
        String url = BASE_URL + db;
        System.out.printf(Locale.ROOT, "Audit benchmark: scratch database %s; %d bookings; %d-entry chain to verify; "
                + "threads %s; %d s measured after %d s warm-up per run; %d cores; JVM time zone %s%n", db, BOOKINGS,
                ENTRIES, Arrays.toString(THREADS), MEASURE.toSeconds(), WARMUP.toSeconds(),
                Runtime.getRuntime().availableProcessors(), java.util.TimeZone.getDefault().getID());
        try (Connection admin = DriverManager.getConnection(BASE_URL, USER, PASSWORD);
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
            try (ResultSet rs = s.executeQuery("SELECT VERSION(), @@innodb_flush_log_at_trx_commit, @@log_bin, "
                    + "@@sync_binlog, @@innodb_buffer_pool_size, @@tx_isolation")) {
                rs.next();
                System.out.printf(Locale.ROOT, "MariaDB %s: innodb_flush_log_at_trx_commit=%s, log_bin=%s, "
                        + "sync_binlog=%s, innodb_buffer_pool_size=%d MiB, default isolation %s (the bench uses "
                        + "READ COMMITTED, as the WildFly datasource)%n", rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5) >> 20, rs.getString(6));
            }
        }
        try {
            run(url);
        } finally {
            try (Connection admin = DriverManager.getConnection(BASE_URL, USER, PASSWORD);
                    Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db);
                System.out.println("Dropped " + db);
            }
        }
    }

    private static void run(String url) throws Exception {
        long t0 = System.nanoTime();
        var migrated = Flyway.configure(AuditBenchmark.class.getClassLoader())
                .dataSource(url, USER, PASSWORD)
                .locations("classpath:db/migration", "classpath:db/migration-mariadb")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        System.out.printf(Locale.ROOT, "Migrated to version %s (%d migrations, %.1f s)%n",
                migrated.targetSchemaVersion, migrated.migrationsExecuted, seconds(System.nanoTime() - t0));

        t0 = System.nanoTime();
        List<String> references = seed(url);
        System.out.printf(Locale.ROOT, "Seeded %d interpreters and %d bookings with 2 parties each (%.1f s)%n",
                INTERPRETERS, references.size(), seconds(System.nanoTime() - t0));

        boolean measureReads = Boolean.parseBoolean(System.getProperty("bench.audit.reads", "true"));
        if (measureReads) {
            reads(url, references, "1. Booking reads per second (JDBC, one transaction per read, READ COMMITTED), "
                    + "log nearly empty");
        }
        verifyMillion(url, references);
        checkpointFile();
        if (measureReads && Boolean.parseBoolean(System.getProperty("bench.audit.readsAgain", "true"))) {
            reads(url, references, "3. The same reads again, the log now holding over " + String.format(Locale.ROOT,
                    "%,d", ENTRIES) + " entries");
        }
    }

    // ---------------------------------------------------------------------------------------------------- seeding

    private static List<String> seed(String url) throws SQLException {
        List<String> references = new ArrayList<>(BOOKINGS);
        SplittableRandom random = new SplittableRandom(42);
        String[] purposes = {"SCREENING_INTERVIEW", "PSYCHOSOCIAL_SESSION", "RETURN_PROCESS", "MEDICAL",
                "LEGAL_PROCEEDING", "CASE_MANAGEMENT"};
        String[] languages = {"mya", "khm", "lao", "rhg", "vie"};
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD)) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO interpreter (id, username, display_name, "
                    + "gender, status, remote, on_call, background_check_valid_until) VALUES (?, ?, ?, ?, 'ACTIVE', "
                    + "TRUE, FALSE, '2028-12-31')")) {
                for (int i = 1; i <= INTERPRETERS; i++) {
                    p.setLong(1, i);
                    p.setString(2, "bench-int-" + i);
                    p.setString(3, "Bench Interpreter " + i);
                    p.setString(4, i % 2 == 0 ? "FEMALE" : "MALE");
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement b = c.prepareStatement("INSERT INTO booking (id, reference, requester_agency, "
                    + "requester_subject, requester_contact, purpose, booking_mode, urgency, starts_at, "
                    + "duration_minutes, person_language, other_language, province, place, case_code, "
                    + "note_for_interpreter, status, status_changed_at, interpreter_id, created_at) VALUES (?, ?, ?, "
                    + "?, ?, ?, ?, 'SCHEDULED', ?, 60, ?, 'tha', ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement party = c.prepareStatement("INSERT INTO booking_party (booking_id, party_kind, "
                            + "party_name) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= BOOKINGS; i++) {
                    String reference = String.format(Locale.ROOT, "SPH-%d-%06d", YEAR, i);
                    references.add(reference);
                    boolean onSite = random.nextInt(3) == 0;
                    boolean assigned = random.nextBoolean();
                    b.setLong(1, i);
                    b.setString(2, reference);
                    b.setString(3, i % 2 == 0 ? "dsdw-tak" : "police-ranong");
                    b.setString(4, ACTORS[1 + i % 2].subject());
                    b.setString(5, "+66 55 000 " + String.format(Locale.ROOT, "%04d", i % 10_000));
                    b.setString(6, purposes[random.nextInt(purposes.length)]);
                    b.setString(7, onSite ? "ON_SITE" : "REMOTE");
                    b.setTimestamp(8, Timestamp.from(Instant.parse("2026-12-01T02:00:00Z").plus(i, ChronoUnit.HOURS)));
                    b.setString(9, languages[random.nextInt(languages.length)]);
                    b.setString(10, onSite ? "TAK" : null);
                    b.setString(11, onSite ? "Shelter meeting room " + random.nextInt(20) : null);
                    b.setString(12, "CASE-" + (i % 3_000));
                    b.setString(13, "Bring the screening form; the person prefers a female interpreter.");
                    b.setString(14, assigned ? "ASSIGNED" : "OPEN");
                    b.setTimestamp(15, now);
                    if (assigned) {
                        b.setLong(16, 1 + random.nextInt(INTERPRETERS));
                    } else {
                        b.setNull(16, java.sql.Types.BIGINT);
                    }
                    b.setTimestamp(17, now);
                    b.addBatch();
                    party.setLong(1, i);
                    party.setString(2, "COMMUNITY");
                    party.setString(3, "Community " + random.nextInt(50));
                    party.addBatch();
                    party.setLong(1, i);
                    party.setString(2, "ORGANISATION");
                    party.setString(3, "Organisation " + random.nextInt(50));
                    party.addBatch();
                    if (i % 1_000 == 0) {
                        b.executeBatch();
                        party.executeBatch();
                    }
                }
                b.executeBatch();
                party.executeBatch();
            }
            c.commit();
        }
        return references;
    }

    // ------------------------------------------------------------------------------------------------------ reads

    private static void reads(String url, List<String> references, String title) throws Exception {
        System.out.println();
        System.out.println(title);
        System.out.println("   without = SELECT booking by reference + its parties (+ the interpreter's row when "
                + "assigned), commit");
        System.out.println("   with    = the same + SELECT audit_head FOR UPDATE, AuditHead.append (AuditChain "
                + "SHA-256), INSERT audit_entry, UPDATE audit_head, commit");
        System.out.println();
        System.out.println("| threads | audit | reads/s | p50 (ms) | p99 (ms) | max (ms) | with / without |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int threads : THREADS) {
            Run without = run(url, references, threads, false);
            Run with = run(url, references, threads, true);
            System.out.println(without.line(threads, "without", null));
            System.out.println(with.line(threads, "with", without));
        }
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT last_seq FROM audit_head")) {
            rs.next();
            System.out.printf(Locale.ROOT, "   (the head is at entry %d after the audited runs, warm-ups included)%n",
                    rs.getLong(1));
        }
    }

    private record Run(long reads, double seconds, Histogram latency, long errors) {

        double perSecond() {
            return reads / seconds;
        }

        String line(int threads, String audit, Run base) {
            return String.format(Locale.ROOT, "| %d | %s | %,.0f | %.2f | %.2f | %.1f | %s |%s", threads, audit,
                    perSecond(), latency.getValueAtPercentile(50) / 1000.0,
                    latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0,
                    base == null ? "" : String.format(Locale.ROOT, "%.2f", perSecond() / base.perSecond()),
                    errors == 0 ? "" : " errors: " + errors);
        }
    }

    private static Run run(String url, List<String> references, int threads, boolean audited) throws Exception {
        Reader[] readers = new Reader[threads];
        for (int i = 0; i < threads; i++) {
            readers[i] = new Reader(url, references, audited);
        }
        try {
            phase(readers, WARMUP);
            for (Reader r : readers) {
                r.reset();
            }
            long started = System.nanoTime();
            phase(readers, MEASURE);
            double seconds = seconds(System.nanoTime() - started);
            Histogram all = histogram();
            long reads = 0;
            long errors = 0;
            for (Reader r : readers) {
                all.add(r.latency);
                reads += r.reads;
                errors += r.errors;
            }
            return new Run(reads, seconds, all, errors);
        } finally {
            for (Reader r : readers) {
                r.close();
            }
        }
    }

    private static void phase(Reader[] readers, Duration length) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + length.toNanos();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> running = new ArrayList<>();
        for (Reader r : readers) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    while (System.nanoTime() < deadline) {
                        r.once();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            t.start();
            running.add(t);
        }
        start.countDown();
        for (Thread t : running) {
            t.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a reader failed", failure.get());
        }
    }

    /** One thread's connection and statements (prepared once, as a statement cache would). */
    private static final class Reader implements AutoCloseable {

        final Connection c;
        final List<String> references;
        final boolean audited;
        final PreparedStatement booking;
        final PreparedStatement parties;
        final PreparedStatement interpreter;
        final PreparedStatement lockHead;
        final PreparedStatement insertEntry;
        final PreparedStatement updateHead;
        Histogram latency = histogram();
        long reads;
        long errors;

        Reader(String url, List<String> references, boolean audited) throws SQLException {
            this.c = DriverManager.getConnection(url, USER, PASSWORD);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            this.references = references;
            this.audited = audited;
            booking = c.prepareStatement(READ_BOOKING);
            parties = c.prepareStatement(READ_PARTIES);
            interpreter = c.prepareStatement(READ_INTERPRETER);
            lockHead = c.prepareStatement(LOCK_HEAD);
            insertEntry = c.prepareStatement(INSERT_ENTRY);
            updateHead = c.prepareStatement(UPDATE_HEAD);
        }

        void reset() {
            latency = histogram();
            reads = 0;
            errors = 0;
        }

        void once() throws SQLException {
            String reference = references.get(ThreadLocalRandom.current().nextInt(references.size()));
            long started = System.nanoTime();
            try {
                String purpose = readBooking(reference);
                if (audited) {
                    append(c, lockHead, insertEntry, updateHead, AuditRecord.of(ACTORS[0], AuditAction.BOOKING_READ,
                            "booking", reference, Outcome.ALLOWED, purpose, requestId()));
                }
                c.commit();
            } catch (SQLException e) {
                errors++;
                c.rollback();
                if (errors > 100) {
                    throw e;
                }
                return;
            }
            latency.recordValue(Math.min((System.nanoTime() - started) / 1000, latency.getHighestTrackableValue()));
            reads++;
        }

        /** What BookingServiceBean#get loads, field by field as Hibernate would hydrate it. */
        private String readBooking(String reference) throws SQLException {
            long id;
            String purpose;
            long interpreterId;
            booking.setString(1, reference);
            try (ResultSet rs = booking.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no booking " + reference);
                }
                id = rs.getLong(1);
                for (int col = 2; col <= 28; col++) {
                    rs.getObject(col);
                }
                purpose = rs.getString(6);
                interpreterId = rs.getLong(25);
                if (rs.wasNull()) {
                    interpreterId = 0;
                }
            }
            parties.setLong(1, id);
            int n = 0;
            try (ResultSet rs = parties.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                    rs.getString(3);
                    n++;
                }
            }
            if (n == 0) {
                throw new IllegalStateException("no parties for " + reference);
            }
            if (interpreterId != 0) {
                interpreter.setLong(1, interpreterId);
                try (ResultSet rs = interpreter.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no interpreter " + interpreterId);
                    }
                    rs.getString(3);
                }
            }
            return purpose;
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    private static String requestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new java.util.UUID(r.nextLong(), r.nextLong()).toString();
    }

    /**
     * The append of JpaAuditLog#append: the head locked FOR UPDATE, the entry sealed by the domain's own
     * AuditHead#append (AuditEntry.seal, AuditChain.hashOf), the entry inserted, the head updated (what Hibernate's
     * flush writes for the dirty head). The caller commits.
     */
    static AuditEntry append(Connection c, PreparedStatement lockHead, PreparedStatement insertEntry,
            PreparedStatement updateHead, AuditRecord record) throws SQLException {
        AuditHead head;
        lockHead.setInt(1, AuditHead.ID);
        try (ResultSet rs = lockHead.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the audit head row is missing: the log cannot be written");
            }
            head = Hydrate.head(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4));
        }
        AuditEntry entry = head.append(record, Instant.now());
        bindEntry(insertEntry, entry);
        insertEntry.executeUpdate();
        updateHead.setString(1, head.chainId().orElse(null));
        updateHead.setString(2, head.lastHash());
        updateHead.setLong(3, head.lastSequence());
        updateHead.setInt(4, AuditHead.ID);
        if (updateHead.executeUpdate() != 1) {
            throw new IllegalStateException("the head was not updated");
        }
        return entry;
    }

    private static void bindEntry(PreparedStatement p, AuditEntry e) throws SQLException {
        p.setLong(1, e.sequence());
        p.setTimestamp(2, Timestamp.from(e.occurredAt()));
        p.setString(3, e.actorSubject());
        p.setString(4, e.actorUsername());
        p.setString(5, e.actorRole());
        p.setString(6, e.actorAgency());
        p.setString(7, e.action());
        p.setString(8, e.objectType());
        p.setString(9, e.objectId());
        p.setString(10, e.objectIds());
        p.setString(11, e.outcome());
        p.setString(12, e.reason());
        p.setString(13, e.requestId());
        p.setString(14, e.previousHash());
        p.setString(15, e.hash());
    }

    // ----------------------------------------------------------------------------------------------------- verify

    private static void verifyMillion(String url, List<String> references) throws Exception {
        System.out.println();
        System.out.printf(Locale.ROOT, "2. Verifying a chain of %,d entries%n", ENTRIES);
        long added = fill(url, references);
        Walk walk = walk(url);
        System.out.printf(Locale.ROOT, "   walk: %,d entries checked in %.2f s = %,.0f entries/s; valid=%s%s%n",
                walk.chain.checked(), walk.seconds(), walk.chain.checked() / walk.seconds(), walk.valid(),
                walk.chain.problem().map(p -> " (" + p + ")").orElse(""));
        System.out.printf(Locale.ROOT, "         of which reading and hydrating the pages %.2f s, recomputing the "
                + "chain (AuditChain SHA-256 + checks) %.2f s; %d pages of %,d%n", seconds(walk.fetchNanos),
                seconds(walk.chainNanos), walk.pages, WALK_PAGE);
        if (!walk.valid() || walk.chain.checked() != walk.head) {
            throw new IllegalStateException("the untouched chain did not verify: " + walk.chain.problem());
        }
        Walk again = walk(url);
        System.out.printf(Locale.ROOT,
                "   walk again (pages now cached by InnoDB): %.2f s = %,.0f entries/s; valid=%s%n",
                again.seconds(), again.chain.checked() / again.seconds(), again.valid());
        System.out.printf(Locale.ROOT, "   verify from the last signed checkpoint (as GET /api/audit/verify now does), "
                + "%,d entries in the log, best of 5 each:%n", walk.head);
        for (long tail : TAILS) {
            long at = walk.head - tail;
            Walk best = null;
            for (int i = 0; i < 5; i++) {
                Walk w = walk(url, checkpoint(url, at));
                best = best == null || w.nanos < best.nanos ? w : best;
            }
            System.out.printf(Locale.ROOT,
                    "   from checkpoint %,d (%,d entries behind the head): %,d entries checked in "
                            + "%.1f ms (reading %.1f ms, chain %.1f ms); valid=%s%n",
                    at, tail, best.chain.checked(),
                    best.nanos / 1e6, best.fetchNanos / 1e6, best.chainNanos / 1e6, best.valid());
            if (!best.valid()) {
                throw new IllegalStateException("the untouched chain did not verify from " + at + ": "
                        + best.chain.problem());
            }
            BenchSummary.figure(String.format(Locale.ROOT, "verify, %,d entries, checkpoint %,d behind (best of 5)",
                    walk.head, tail), best.nanos / 1e6, best.nanos / 1e6, "whole walk", walk.nanos / 1e6,
                    walk.nanos / 1e6, 1000);
        }
        tamper(url, walk.head, added);
    }

    /** The signed checkpoint the job would have written at that entry: its sequence and stored hash. */
    private static Checkpoint checkpoint(String url, long sequence) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                PreparedStatement s = c.prepareStatement("SELECT entry_hash FROM audit_entry WHERE seq = ?")) {
            s.setLong(1, sequence);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Checkpoint(sequence, rs.getString(1), Instant.now(), true);
            }
        }
    }

    /**
     * The checkpoint file after a year, one line every 5 minutes, written and read by the real {@code CheckpointStore}
     * in a scratch directory (on /dev/shm when there is one, so that the appends' fsync does not dominate the setup):
     * the whole walk reads and checks every line, a verify only the last.
     */
    private static void checkpointFile() throws Exception {
        Path shm = Path.of("/dev/shm");
        Path dir = Files.createTempDirectory(Files.isDirectory(shm)
                ? shm
                : Path.of(System.getProperty(
                        "java.io.tmpdir")),
                "bench-checkpoints-");
        String before = System.getProperty("jboss.server.data.dir");
        System.setProperty("jboss.server.data.dir", dir.toString());
        try {
            CheckpointStore store = new CheckpointStore();
            Field key = CheckpointStore.class.getDeclaredField("configuredKey");
            key.setAccessible(true);
            key.set(store, Optional.of("bench-audit-checkpoint-key"));
            Method init = CheckpointStore.class.getDeclaredMethod("init");
            init.setAccessible(true);
            init.invoke(store);
            String chain = java.util.UUID.randomUUID().toString();
            long t0 = System.nanoTime();
            Instant at = Instant.now().minus(Duration.ofDays(365));
            for (int i = 1; i <= CHECKPOINT_LINES; i++) {
                store.append(chain, i * 100L, hexHash(i), at.plusSeconds(300L * i));
            }
            long written = System.nanoTime() - t0;
            long best = Long.MAX_VALUE;
            int read = 0;
            for (int i = 0; i < 5; i++) {
                long r0 = System.nanoTime();
                read = store.read(chain).size();
                best = Math.min(best, System.nanoTime() - r0);
            }
            long bestLast = Long.MAX_VALUE;
            boolean signed = false;
            for (int i = 0; i < 5; i++) {
                long r0 = System.nanoTime();
                signed = store.last(chain).orElseThrow().signed();
                bestLast = Math.min(bestLast, System.nanoTime() - r0);
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "4. The checkpoint file: %,d signed lines (a year at one every 5 minutes), "
                    + "%.1f s to write; the whole walk reads and checks all of them: %,d in %.1f ms; verify reads the "
                    + "last line only: %.3f ms, signed=%s (best of 5 each)%n", CHECKPOINT_LINES, seconds(written), read,
                    best / 1e6, bestLast / 1e6, signed);
        } finally {
            if (before == null) {
                System.clearProperty("jboss.server.data.dir");
            } else {
                System.setProperty("jboss.server.data.dir", before);
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** A well-formed 64-digit hex hash for the i-th checkpoint line. */
    private static String hexHash(long i) {
        return String.format(Locale.ROOT, "%064x", i);
    }

    /** Appends properly chained entries, in batches, until the head is at ENTRIES. Returns how many it added. */
    private static long fill(String url, List<String> references) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url + "?useBulkStmts=true", USER, PASSWORD)) {
            c.setAutoCommit(false);
            AuditHead head;
            try (PreparedStatement lock = c.prepareStatement(LOCK_HEAD)) {
                lock.setInt(1, AuditHead.ID);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    head = Hydrate.head(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4));
                }
            }
            long from = head.lastSequence();
            long toAdd = Math.max(0, ENTRIES - from);
            SplittableRandom random = new SplittableRandom(7);
            // a plausible history: one entry every few seconds of the past months, up to now
            Instant at = Instant.now().minus(Duration.ofSeconds(3 * toAdd + 60));
            try (PreparedStatement insert = c.prepareStatement(INSERT_ENTRY);
                    PreparedStatement update = c.prepareStatement(UPDATE_HEAD)) {
                for (long i = 0; i < toAdd; i++) {
                    at = at.plusMillis(1 + random.nextInt(6_000));
                    bindEntry(insert, head.append(randomRecord(random, references), at));
                    insert.addBatch();
                    if ((i + 1) % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                update.setString(1, head.chainId().orElse(null));
                update.setString(2, head.lastHash());
                update.setLong(3, head.lastSequence());
                update.setInt(4, AuditHead.ID);
                update.executeUpdate();
            }
            c.commit();
            System.out.printf(Locale.ROOT, "   filled: %,d entries were there (from the audited reads), %,d added in "
                    + "batches of 5,000, head at %,d (%.1f s to build and insert)%n", from, toAdd, head.lastSequence(),
                    seconds(System.nanoTime() - started));
            return toAdd;
        }
    }

    private static AuditRecord randomRecord(SplittableRandom random, List<String> references) {
        String ref = references.get(random.nextInt(references.size()));
        String requestId = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
        int kind = random.nextInt(100);
        if (kind < 55) {
            return AuditRecord.of(ACTORS[random.nextInt(ACTORS.length)], AuditAction.BOOKING_READ, "booking", ref,
                    Outcome.ALLOWED, "SCREENING_INTERVIEW", requestId);
        } else if (kind < 70) {
            List<String> shown = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
                shown.add(references.get(random.nextInt(references.size())));
            }
            return new AuditRecord(ACTORS[random.nextInt(3)], AuditAction.BOOKING_LIST, "booking", null, shown,
                    Outcome.ALLOWED, null, requestId);
        } else if (kind < 85) {
            return AuditRecord.of(Actor.SYSTEM, AuditAction.OFFER_MADE, "offer", 1 + random.nextInt(100_000),
                    Outcome.ALLOWED, null, null);
        } else if (kind < 93) {
            return AuditRecord.of(ACTORS[3], AuditAction.OFFER_ACCEPT, "offer", 1 + random.nextInt(100_000),
                    random.nextBoolean() ? Outcome.ALLOWED : Outcome.REJECTED, null, requestId);
        } else if (kind < 97) {
            return AuditRecord.of(ACTORS[0], AuditAction.BOOKING_CANCEL, "booking", ref, Outcome.ALLOWED,
                    "The person withdrew; the shelter called at 14:10.\nSecond line of the reason.", requestId);
        } else {
            return AuditRecord.of(Actor.ANONYMOUS, AuditAction.API_REQUEST, "booking", ref, Outcome.DENIED, null,
                    requestId);
        }
    }

    private record Walk(ChainVerification chain, long head, long nanos, long fetchNanos, long chainNanos,
            int pages) {

        double seconds() {
            return AuditBenchmark.seconds(nanos);
        }

        boolean valid() {
            return chain.valid();
        }
    }

    /** The whole walk, from the first entry. */
    private static Walk walk(String url) throws SQLException {
        return walk(url, null);
    }

    /**
     * AuditChainChecks over JDBC: the head read (not locked), then pages of 5,000 entries in sequence order, each
     * hydrated into an AuditEntry and handed to ChainVerification, then finish at the head: from the first entry (no
     * signed checkpoints), or from a signed checkpoint, whose own entry is read first.
     */
    private static Walk walk(String url, Checkpoint from) throws SQLException {
        long started = System.nanoTime();
        long fetch = 0;
        long chainTime = 0;
        int pages = 0;
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            long upTo;
            String headHash;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) {
                rs.next();
                upTo = rs.getLong(1);
                headHash = rs.getString(2);
            }
            ChainVerification chain = from == null
                    ? new ChainVerification(Map.of())
                    : ChainVerification.fromCheckpoint(from.sequence(), from.hash());
            try (PreparedStatement range = c.prepareStatement(RANGE)) {
                long after = from == null ? 0 : from.sequence() - 1;
                walk : while (after < upTo) {
                    long f0 = System.nanoTime();
                    range.setLong(1, after);
                    range.setLong(2, upTo);
                    range.setInt(3, WALK_PAGE);
                    List<AuditEntry> page = new ArrayList<>(WALK_PAGE);
                    try (ResultSet rs = range.executeQuery()) {
                        while (rs.next()) {
                            page.add(Hydrate.entry(rs));
                        }
                    }
                    long f1 = System.nanoTime();
                    fetch += f1 - f0;
                    pages++;
                    if (page.isEmpty()) {
                        break;
                    }
                    try {
                        for (AuditEntry e : page) {
                            if (!chain.accept(e)) {
                                break walk;
                            }
                            after = e.sequence();
                        }
                    } finally {
                        chainTime += System.nanoTime() - f1;
                    }
                }
            }
            chain.finish(upTo, headHash);
            c.commit();
            return new Walk(chain, upTo, System.nanoTime() - started, fetch, chainTime, pages);
        }
    }

    /** One entry changed in the middle, directly in the database: the walk must name it. */
    private static void tamper(String url, long head, long added) throws SQLException {
        long victim = head / 2;
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            try {
                s.executeUpdate("UPDATE audit_entry SET object_id = 'SPH-2026-999999' WHERE seq = " + victim);
                System.out.println("   tamper: UPDATE went through although the append-only trigger should refuse it!");
            } catch (SQLException refused) {
                System.out.println("   tamper: UPDATE refused by the append-only trigger (" + refused.getMessage()
                        .lines().findFirst().orElse("") + "); dropping the trigger in the scratch database (root)");
                s.execute("DROP TRIGGER audit_entry_no_update");
                s.executeUpdate("UPDATE audit_entry SET object_id = 'SPH-2026-999999' WHERE seq = " + victim);
            }
        }
        Walk walk = walk(url);
        boolean named = !walk.valid() && walk.chain.firstInvalid().orElse(-1L) == victim;
        System.out.printf(Locale.ROOT,
                "   tamper: entry %,d changed; whole walk: valid=%s, first invalid=%s, %s (%.2f s, "
                        + "%,d entries checked) -> %s%n",
                victim, walk.valid(), walk.chain.firstInvalid().orElse(null),
                walk.chain.problem().orElse("-"), walk.seconds(), walk.chain.checked(),
                named ? "named correctly" : "NOT NAMED");
        if (!named) {
            throw new IllegalStateException("tampering was not detected at " + victim);
        }
        Walk quick = walk(url, checkpoint(url, head - 10_000));
        System.out.printf(Locale.ROOT, "   tamper: verify from the checkpoint at %,d does not read entry %,d: valid=%s "
                + "(%.1f ms); that is the whole walk's to find%n", head - 10_000, victim, quick.valid(),
                quick.nanos / 1e6);
        long late = head - 500;
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET object_id = 'SPH-2026-999998' WHERE seq = " + late);
        }
        Walk after = walk(url, checkpoint(url, head - 10_000));
        boolean found = !after.valid() && after.chain.firstInvalid().orElse(-1L) == late;
        System.out.printf(Locale.ROOT, "   tamper: entry %,d changed, after the checkpoint at %,d; verify from the "
                + "checkpoint: valid=%s, first invalid=%s (%.1f ms) -> %s%n", late, head - 10_000, after.valid(),
                after.chain.firstInvalid().orElse(null), after.nanos / 1e6, found ? "named correctly" : "NOT NAMED");
        if (!found) {
            throw new IllegalStateException("tampering after the checkpoint was not detected at " + late);
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /**
     * Builds domain objects from rows as Hibernate does: the protected constructor, then the private fields. The
     * domain has no public way to make an AuditEntry with a stored hash, on purpose.
     */
    static final class Hydrate {

        private static final Constructor<AuditEntry> ENTRY;
        private static final Constructor<AuditHead> HEAD;
        private static final VarHandle[] ENTRY_FIELDS;
        private static final VarHandle HEAD_ID;
        private static final VarHandle HEAD_SEQ;
        private static final VarHandle HEAD_HASH;
        private static final VarHandle HEAD_CHAIN;

        static {
            try {
                ENTRY = AuditEntry.class.getDeclaredConstructor();
                ENTRY.setAccessible(true);
                HEAD = AuditHead.class.getDeclaredConstructor();
                HEAD.setAccessible(true);
                MethodHandles.Lookup e = MethodHandles.privateLookupIn(AuditEntry.class, MethodHandles.lookup());
                String[] names = {"sequence", "occurredAt", "actorSubject", "actorUsername", "actorRole",
                        "actorAgency", "action", "objectType", "objectId", "objectIds", "outcome", "reason",
                        "requestId",
                        "previousHash", "hash"};
                ENTRY_FIELDS = new VarHandle[names.length];
                for (int i = 0; i < names.length; i++) {
                    ENTRY_FIELDS[i] = e.findVarHandle(AuditEntry.class, names[i],
                            AuditEntry.class.getDeclaredField(names[i]).getType());
                }
                MethodHandles.Lookup h = MethodHandles.privateLookupIn(AuditHead.class, MethodHandles.lookup());
                HEAD_ID = h.findVarHandle(AuditHead.class, "id", int.class);
                HEAD_SEQ = h.findVarHandle(AuditHead.class, "lastSequence", long.class);
                HEAD_HASH = h.findVarHandle(AuditHead.class, "lastHash", String.class);
                HEAD_CHAIN = h.findVarHandle(AuditHead.class, "chainId", String.class);
            } catch (ReflectiveOperationException ex) {
                throw new ExceptionInInitializerError(ex);
            }
        }

        private Hydrate() {
        }

        static AuditHead head(int id, String chainId, String lastHash, long lastSeq) {
            try {
                AuditHead head = HEAD.newInstance();
                HEAD_ID.set(head, id);
                HEAD_CHAIN.set(head, chainId);
                HEAD_HASH.set(head, lastHash);
                HEAD_SEQ.set(head, lastSeq);
                return head;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        static AuditEntry entry(ResultSet rs) throws SQLException {
            try {
                AuditEntry entry = ENTRY.newInstance();
                ENTRY_FIELDS[0].set(entry, rs.getLong(1));
                ENTRY_FIELDS[1].set(entry, rs.getTimestamp(2).toInstant());
                for (int i = 2; i < ENTRY_FIELDS.length; i++) {
                    ENTRY_FIELDS[i].set(entry, rs.getString(i + 1));
                }
                return entry;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Histogram histogram() {
        return new Histogram(Duration.ofSeconds(60).toNanos() / 1000, 3); // microseconds
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
