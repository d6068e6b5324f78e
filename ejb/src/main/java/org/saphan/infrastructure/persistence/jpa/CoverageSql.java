package org.saphan.infrastructure.persistence.jpa;

/**
 * The statements of the coverage report, for MariaDB and H2 alike, in one place so that the benchmark runs exactly
 * what the server runs. Counts by status with GROUP BY; median and 90th percentile with the window function
 * {@code PERCENTILE_CONT} (which MariaDB has only as a window function, hence {@code OVER} and {@code DISTINCT});
 * the pool with a join on its languages or provinces. Bookings are found through the index
 * {@code ix_booking_coverage} (V7), which holds every column these statements read. Parameters are JPA's {@code ?n}.
 */
public final class CoverageSql {

    public static final String BY_LANGUAGE = "b.person_language";
    public static final String BY_PROVINCE = "b.province";
    public static final String ON_SITE = "AND b.booking_mode = 'ON_SITE' AND b.province IS NOT NULL";

    /** A booking someone took and kept: what "filled" counts (a no-show is requested but neither filled nor waiting). */
    private static final String FILLED = "('ASSIGNED', 'IN_PROGRESS', 'ENDED_UNCONFIRMED', 'COMPLETED')";

    /** ?1, ?2: the period. Per key: requested, filled, unfilled, cancelled, pending. */
    private static final String COUNTS = """
            SELECT %1$s,
                   COUNT(*),
                   SUM(CASE WHEN b.status IN %2$s THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.status = 'UNFILLED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.status = 'CANCELLED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN b.status IN ('OPEN', 'OFFERED') THEN 1 ELSE 0 END)
              FROM booking b
             WHERE b.starts_at >= ?1 AND b.starts_at < ?2 %3$s
             GROUP BY %1$s""";

    /** ?1, ?2: the period. Minutes from creation to the (still held) assignment, per key and over all keys. */
    private static final String TIMES = """
            SELECT DISTINCT k,
                   PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY m) OVER (PARTITION BY k),
                   PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY m) OVER (PARTITION BY k),
                   PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY m) OVER (),
                   PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY m) OVER ()
              FROM (SELECT %1$s AS k, TIMESTAMPDIFF(SECOND, b.created_at, a.assigned_at) / 60.0 AS m
                      FROM booking b
                      JOIN assignment a ON a.booking_reference = b.reference AND a.released_at IS NULL
                     WHERE b.starts_at >= ?1 AND b.starts_at < ?2 AND b.status IN %2$s %3$s) filled""";

    /** ?1: today; ?2: the horizon. Active interpreters vetted today per language or province; those ending by ?2. */
    private static final String POOL = """
            SELECT x.%1$s,
                   COUNT(*),
                   SUM(CASE WHEN i.background_check_valid_until <= ?2 THEN 1 ELSE 0 END)
              FROM interpreter i
              JOIN %2$s x ON x.interpreter_id = i.id
             WHERE i.status = 'ACTIVE' AND i.agreement_signed_on IS NOT NULL AND i.background_check_valid_until >= ?1
             GROUP BY x.%1$s""";

    /** ?1: today; ?2: the horizon. */
    public static final String POOL_TOTAL = """
            SELECT COUNT(*), SUM(CASE WHEN i.background_check_valid_until <= ?2 THEN 1 ELSE 0 END)
              FROM interpreter i
             WHERE i.status = 'ACTIVE' AND i.agreement_signed_on IS NOT NULL AND i.background_check_valid_until >= ?1""";

    private CoverageSql() {
    }

    /** @param key {@link #BY_LANGUAGE} or {@link #BY_PROVINCE}; @param where "" or {@link #ON_SITE} */
    public static String counts(String key, String where) {
        return COUNTS.formatted(key, FILLED, where);
    }

    public static String times(String key, String where) {
        return TIMES.formatted(key, FILLED, where);
    }

    /** @param column {@code language_code} or {@code province}; @param table its table */
    public static String pool(String column, String table) {
        return POOL.formatted(column, table);
    }
}
