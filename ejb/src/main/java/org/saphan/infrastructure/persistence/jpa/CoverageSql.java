package org.saphan.infrastructure.persistence.jpa;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.saphan.domain.model.report.FillHistogram;

/**
 * The statements of the coverage report and of its roll-up (V11), for MariaDB and H2 alike, in one place so that the
 * benchmark runs exactly what the server runs. Parameters are JPA's {@code ?n}.
 * <p>
 * Every statement groups by language, mode and province at once (the report adds the groups up per language and per
 * province); fill times come as {@link FillHistogram} buckets, with each bucket's smallest and largest value, so that
 * rolled-up days and days counted live add up. Live bookings are read through the covering index
 * {@code ix_booking_coverage} (V7), rolled-up days through the primary keys of {@code coverage_day} and
 * {@code coverage_day_fill}, whose first column is the day.
 */
public final class CoverageSql {

    /** A booking someone took and kept: what "filled" counts (a no-show is requested but neither filled nor waiting). */
    static final String FILLED = "('ASSIGNED', 'IN_PROGRESS', 'ENDED_UNCONFIRMED', 'COMPLETED')";

    /** Nothing more happens to a booking in these (BookingStatus.isFinal). */
    static final String FINAL = "('COMPLETED', 'CANCELLED', 'UNFILLED', 'NO_SHOW')";

    /** Per language, mode and province (or ''): requested, filled, unfilled, cancelled, pending. */
    private static final String OUTCOMES = """
            SELECT b.person_language, b.booking_mode, COALESCE(b.province, ''),
                   COUNT(*),
                   SUM(CASE WHEN b.status IN %1$s THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.status = 'UNFILLED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.status = 'CANCELLED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.status IN ('OPEN', 'OFFERED') THEN 1 ELSE 0 END)
              FROM booking b
             WHERE %2$s
             GROUP BY b.person_language, b.booking_mode, COALESCE(b.province, '')""";

    /** The filled bookings with their seconds from creation to the (still held) assignment and its bucket. */
    private static final String FILLS = """
            SELECT t.lang, t.mode, t.prov, t.s, %3$s AS bucket
              FROM (SELECT b.person_language AS lang, b.booking_mode AS mode, COALESCE(b.province, '') AS prov,
                           TIMESTAMPDIFF(SECOND, b.created_at, a.assigned_at) AS s
                      FROM booking b
                      JOIN assignment a ON a.booking_reference = b.reference AND a.released_at IS NULL
                     WHERE (%2$s) AND b.status IN %1$s) t""";

    /** Per language, mode, province and bucket: how many, the smallest and the largest seconds. */
    private static final String LIVE_FILLS = """
            SELECT f.lang, f.mode, f.prov, f.bucket, COUNT(*), MIN(f.s), MAX(f.s)
              FROM (%s) f
             GROUP BY f.lang, f.mode, f.prov, f.bucket""";

    /** ?1, ?2: the first and the day after the last of the whole days asked for. */
    static final String ROLLED_DAYS = "SELECT r.on_day FROM coverage_rolled_day r WHERE r.on_day >= ?1 AND r.on_day < ?2";

    /** Same columns as {@link #OUTCOMES}, from the rolled-up days. */
    private static final String ROLLED_OUTCOMES = """
            SELECT c.person_language, c.booking_mode, c.province, SUM(c.requested), SUM(c.filled), SUM(c.unfilled),
                   SUM(c.cancelled), SUM(c.pending)
              FROM coverage_day c
             WHERE %s
             GROUP BY c.person_language, c.booking_mode, c.province""";

    /** Per scope ('L' or 'P'), key and bucket over the rolled-up days: how many, the smallest and largest seconds. */
    private static final String ROLLED_FILLS = """
            SELECT f.scope, f.scope_key, f.bucket, SUM(f.filled), MIN(f.min_seconds), MAX(f.max_seconds)
              FROM coverage_day_fill f
             WHERE %s
             GROUP BY f.scope, f.scope_key, f.bucket""";

    /** ?1, ?2: the day's first instant and the next day's. How many of its bookings can still change. */
    static final String UNSETTLED = "SELECT COUNT(*) FROM booking b WHERE b.starts_at >= ?1 AND b.starts_at < ?2 "
            + "AND b.status NOT IN " + FINAL;

    /** ?1: an instant. The first start at or after it: where the roll-up begins, and how it jumps empty days. */
    static final String FIRST_START = "SELECT MIN(b.starts_at) FROM booking b WHERE b.starts_at >= ?1";

    static final String FORGET_DAY_OUTCOMES = "DELETE FROM coverage_day WHERE on_day = ?1";
    static final String FORGET_DAY_FILLS = "DELETE FROM coverage_day_fill WHERE on_day = ?1";
    static final String FORGET_ROLLED_DAY = "DELETE FROM coverage_rolled_day WHERE on_day = ?1";

    /** ?1: the day; ?2, ?3: its first instant and the next day's. */
    static final String ROLL_UP_OUTCOMES = "INSERT INTO coverage_day (on_day, person_language, booking_mode, province, "
            + "requested, filled, unfilled, cancelled, pending) SELECT CAST(?1 AS DATE), o.* FROM ("
            + OUTCOMES.formatted(FILLED, "b.starts_at >= ?2 AND b.starts_at < ?3") + ") o";

    /** ?1: the day; ?2, ?3: its first instant and the next day's. Per language, then per province on site. */
    static final String ROLL_UP_LANGUAGE_FILLS = rollUpFills("'L'", "f.lang", "");
    static final String ROLL_UP_PROVINCE_FILLS = rollUpFills("'P'", "f.prov",
            "WHERE f.mode = 'ON_SITE' AND f.prov <> ''");

    /** ?1: the day; ?2: now. */
    static final String MARK_ROLLED = "INSERT INTO coverage_rolled_day (on_day, rolled_at) VALUES (?1, ?2)";

    /** ?1: today; ?2: the horizon. Active interpreters vetted today per language or province; those ending by ?2. */
    private static final String POOL = """
            SELECT x.%1$s,
                   COUNT(*),
                   COALESCE(SUM(CASE WHEN i.background_check_valid_until <= ?2 THEN 1 ELSE 0 END), 0)
              FROM interpreter i
              JOIN %2$s x ON x.interpreter_id = i.id
             WHERE i.status = 'ACTIVE' AND i.agreement_signed_on IS NOT NULL AND i.background_check_valid_until >= ?1
             GROUP BY x.%1$s""";

    /** ?1: today; ?2: the horizon. */
    private static final String POOL_TOTAL = """
            SELECT 'all', COUNT(*), COALESCE(SUM(CASE WHEN i.background_check_valid_until <= ?2 THEN 1 ELSE 0 END), 0)
              FROM interpreter i
             WHERE i.status = 'ACTIVE' AND i.agreement_signed_on IS NOT NULL AND i.background_check_valid_until >= ?1""";

    static final String POOL_BY_LANGUAGE = POOL.formatted("language_code", "interpreter_language");
    static final String POOL_BY_PROVINCE = POOL.formatted("province", "interpreter_province");
    static final String POOL_IN_TOTAL = POOL_TOTAL;

    static final String POOL_STATE = "SELECT s.generation, s.computed_generation, s.as_of, s.horizon_days "
            + "FROM coverage_pool_state s WHERE s.id = 1";
    static final String POOL_KEPT = "SELECT p.scope, p.scope_key, p.active, p.ending_soon FROM coverage_pool p";
    static final String POOL_CHANGED = "UPDATE coverage_pool_state SET generation = generation + 1 WHERE id = 1";
    static final String POOL_FORGET = "DELETE FROM coverage_pool";
    /** ?1: the scope; then the pool statement's own ?1 and ?2 as ?2 and ?3. */
    static final String POOL_KEEP = "INSERT INTO coverage_pool (scope, scope_key, active, ending_soon) "
            + "SELECT CAST(?1 AS CHAR(1)), k.* FROM (%s) k";
    /** ?1: the generation counted; ?2: the day; ?3: the horizon in days. */
    static final String POOL_KEPT_AS = "UPDATE coverage_pool_state SET computed_generation = ?1, as_of = ?2, "
            + "horizon_days = ?3 WHERE id = 1";

    private CoverageSql() {
    }

    /** Outcomes of the live bookings that start in any of {@code spans} ranges (?1..?2n, each from and to). */
    public static String liveOutcomes(int spans) {
        return OUTCOMES.formatted(FILLED, ranges("b.starts_at", spans, 1));
    }

    /** Fill-time buckets of the live bookings that start in any of {@code spans} ranges (?1..?2n). */
    public static String liveFills(int spans) {
        return LIVE_FILLS.formatted(FILLS.formatted(FILLED, ranges("b.starts_at", spans, 1), bucketCase("t.s")));
    }

    /** Outcomes over the rolled-up days in any of {@code spans} day ranges (?1..?2n, each first day and day after). */
    public static String rolledOutcomes(int spans) {
        return ROLLED_OUTCOMES.formatted(ranges("c.on_day", spans, 1));
    }

    public static String rolledFills(int spans) {
        return ROLLED_FILLS.formatted(ranges("f.on_day", spans, 1));
    }

    /** The pool statement that keeps its rows in coverage_pool under a scope. */
    static String keepPool(String poolStatement) {
        return POOL_KEEP.formatted(poolStatement.replace("?2", "?3").replace("?1", "?2"));
    }

    private static String rollUpFills(String scope, String key, String where) {
        String fills = FILLS.formatted(FILLED, "b.starts_at >= ?2 AND b.starts_at < ?3", bucketCase("t.s"));
        return "INSERT INTO coverage_day_fill (on_day, scope, scope_key, bucket, filled, min_seconds, max_seconds) "
                + "SELECT CAST(?1 AS DATE), " + scope + ", " + key + ", f.bucket, COUNT(*), MIN(f.s), MAX(f.s) FROM ("
                + fills
                + ") f " + where + " GROUP BY " + key + ", f.bucket";
    }

    /** {@code (column >= ?k AND column < ?k+1) OR ...} for {@code spans} ranges, numbered from {@code first}. */
    private static String ranges(String column, int spans, int first) {
        if (spans < 1) {
            throw new IllegalArgumentException("at least one range");
        }
        return IntStream.range(0, spans)
                .mapToObj(i -> "(" + column + " >= ?" + (first + 2 * i) + " AND " + column + " < ?"
                        + (first + 2 * i + 1) + ")")
                .collect(Collectors.joining(" OR "));
    }

    /** The bucket of {@code seconds}: the index of the first upper bound above it, as FillHistogram.bucketOf. */
    private static String bucketCase(String seconds) {
        List<Integer> upper = FillHistogram.upperBounds();
        StringBuilder b = new StringBuilder("CASE");
        for (int i = 0; i < upper.size(); i++) {
            b.append(" WHEN ").append(seconds).append(" < ").append(upper.get(i)).append(" THEN ").append(i);
        }
        return b.append(" ELSE ").append(upper.size()).append(" END").toString();
    }
}
