package org.saphan.infrastructure.persistence.jpa;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.saphan.domain.model.report.CoverageLine;
import org.saphan.domain.model.report.CoverageReport;
import org.saphan.domain.model.report.CoverageSplit;
import org.saphan.domain.model.report.FillHistogram;
import org.saphan.domain.model.report.ReportPeriod;
import org.saphan.domain.model.shared.Bangkok;
import org.saphan.domain.model.shared.Province;

/**
 * The coverage report and its roll-up over any way of running SQL: the server's {@link JpaCoverageFigures} and the
 * benchmark run this same code, statement for statement ({@link CoverageSql}).
 * <p>
 * A report reads the rolled-up days of its period from the roll-up (two grouped statements over a few hundred rows a
 * day), counts the rest from the bookings' covering index, and takes the pool's figures kept since the pool last
 * changed, counting them afresh only when the pool changed or the day turned. Only aggregated rows leave the
 * database.
 */
public final class CoverageQueries {

    static final String ALL = "all";
    private static final String ON_SITE = "ON_SITE";

    /** How this code reaches the database: numbered parameters {@code ?1...}, in the caller's transaction. */
    public interface Sql {
        List<Object[]> rows(String sql, List<Object> parameters);

        int update(String sql, List<Object> parameters);
    }

    private final Sql sql;

    public CoverageQueries(Sql sql) {
        this.sql = sql;
    }

    public CoverageReport coverage(ReportPeriod period, LocalDate asOf, int horizonDays) {
        Set<LocalDate> rolledDays = new HashSet<>();
        for (Object[] r : sql.rows(CoverageSql.ROLLED_DAYS,
                List.of(CoverageSplit.firstWholeDay(period), CoverageSplit.afterWholeDays(period)))) {
            rolledDays.add(date(r[0]));
        }
        CoverageSplit split = CoverageSplit.of(period, rolledDays);
        Tally languages = new Tally();
        Tally provinces = new Tally();
        if (!split.rolled().isEmpty()) {
            List<Object> days = new ArrayList<>();
            split.rolled().forEach(d -> {
                days.add(d.first());
                days.add(d.after());
            });
            outcomes(sql.rows(CoverageSql.rolledOutcomes(split.rolled().size()), days), languages, provinces);
            for (Object[] r : sql.rows(CoverageSql.rolledFills(split.rolled().size()), days)) {
                Tally into = "L".equals(text(r[0])) ? languages : provinces;
                into.fills((String) r[1], r[2], r[3], r[4], r[5]);
            }
        }
        if (!split.live().isEmpty()) {
            List<Object> spans = new ArrayList<>();
            split.live().forEach(s -> {
                spans.add(s.from());
                spans.add(s.to());
            });
            outcomes(sql.rows(CoverageSql.liveOutcomes(split.live().size()), spans), languages, provinces);
            for (Object[] r : sql.rows(CoverageSql.liveFills(split.live().size()), spans)) {
                languages.fills((String) r[0], r[3], r[4], r[5], r[6]);
                if (onSite(r)) {
                    provinces.fills((String) r[2], r[3], r[4], r[5], r[6]);
                }
            }
        }
        Map<String, Map<String, long[]>> pool = pool(asOf, horizonDays);

        long[] total = new long[5];
        FillHistogram allFills = new FillHistogram();
        languages.counts.values().forEach(c -> {
            for (int i = 0; i < total.length; i++) {
                total[i] += c[i];
            }
        });
        languages.fills.values().forEach(allFills::addAll);
        long[] allPool = pool.get("T").getOrDefault(ALL, new long[2]);
        CoverageLine all = new CoverageLine(ALL, total[0], total[1], total[2], total[3], total[4],
                minutes(allFills.percentileSeconds(0.5)), minutes(allFills.percentileSeconds(0.9)), allPool[0],
                allPool[1]);
        return new CoverageReport(period, asOf, horizonDays,
                lines(languages, pool.get("L"), Function.identity()),
                lines(provinces, pool.get("P"), CoverageQueries::display), all);
    }

    /** Adds rows of (language, mode, province, requested, filled, unfilled, cancelled, pending) to both tallies. */
    private static void outcomes(List<Object[]> rows, Tally languages, Tally provinces) {
        for (Object[] r : rows) {
            languages.add((String) r[0], r);
            if (onSite(r)) {
                provinces.add((String) r[2], r);
            }
        }
    }

    private static boolean onSite(Object[] r) {
        return ON_SITE.equals(r[1]) && !((String) r[2]).isEmpty();
    }

    /** Outcomes and fill times per key (a language, or a province for on-site work). */
    private static final class Tally {
        final Map<String, long[]> counts = new HashMap<>();
        final Map<String, FillHistogram> fills = new HashMap<>();

        void add(String key, Object[] r) {
            long[] c = counts.computeIfAbsent(key, k -> new long[5]);
            for (int i = 0; i < c.length; i++) {
                c[i] += number(r[3 + i]);
            }
        }

        void fills(String key, Object bucket, Object n, Object min, Object max) {
            fills.computeIfAbsent(key, k -> new FillHistogram()).add((int) number(bucket), number(n), number(min),
                    number(max));
        }
    }

    /** The pool per scope ("L", "P", "T") and key: active, ending soon; kept figures when they still hold. */
    private Map<String, Map<String, long[]>> pool(LocalDate asOf, int horizonDays) {
        Map<String, Map<String, long[]>> pool = new HashMap<>(Map.of("L", new HashMap<>(), "P", new HashMap<>(),
                "T", new HashMap<>()));
        if (poolKept(asOf, horizonDays).isPresent()) {
            for (Object[] r : sql.rows(CoverageSql.POOL_KEPT, List.of())) {
                pool.get(text(r[0])).put((String) r[1], new long[]{number(r[2]), number(r[3])});
            }
            return pool;
        }
        List<Object> days = List.of(asOf, asOf.plusDays(horizonDays));
        Map<String, String> statements = Map.of("L", CoverageSql.POOL_BY_LANGUAGE, "P", CoverageSql.POOL_BY_PROVINCE,
                "T", CoverageSql.POOL_IN_TOTAL);
        statements.forEach((scope, statement) -> {
            for (Object[] r : sql.rows(statement, days)) {
                pool.get(scope).put((String) r[0], new long[]{number(r[1]), number(r[2])});
            }
        });
        return pool;
    }

    /** The generation the kept figures were counted at, when they hold for this day and horizon. */
    private Optional<Long> poolKept(LocalDate asOf, int horizonDays) {
        Object[] state = sql.rows(CoverageSql.POOL_STATE, List.of()).get(0);
        boolean current = state[1] != null && number(state[0]) == number(state[1]) && state[2] != null
                && asOf.equals(date(state[2])) && state[3] != null && number(state[3]) == horizonDays;
        return current ? Optional.of(number(state[1])) : Optional.empty();
    }

    /** Counts and keeps the pool's figures, unless those kept hold. */
    public boolean keepPool(LocalDate asOf, int horizonDays) {
        if (poolKept(asOf, horizonDays).isPresent()) {
            return false;
        }
        // the generation is read first: a change that commits after this read makes the figures stale again
        long generation = number(sql.rows(CoverageSql.POOL_STATE, List.of()).get(0)[0]);
        List<Object> days = List.of(asOf, asOf.plusDays(horizonDays));
        sql.update(CoverageSql.POOL_FORGET, List.of());
        sql.update(CoverageSql.keepPool(CoverageSql.POOL_BY_LANGUAGE), List.of("L", days.get(0), days.get(1)));
        sql.update(CoverageSql.keepPool(CoverageSql.POOL_BY_PROVINCE), List.of("P", days.get(0), days.get(1)));
        sql.update(CoverageSql.keepPool(CoverageSql.POOL_IN_TOTAL), List.of("T", days.get(0), days.get(1)));
        sql.update(CoverageSql.POOL_KEPT_AS, List.of(generation, asOf, horizonDays));
        return true;
    }

    public void poolChanged() {
        sql.update(CoverageSql.POOL_CHANGED, List.of());
    }

    /**
     * Closed days with bookings that are not rolled up yet, oldest first. Stretches without bookings are jumped over
     * with one look at the index each (they need no roll-up: counting them from the bookings costs nothing).
     */
    public List<LocalDate> daysToRollUp(LocalDate today, int limit) {
        Optional<LocalDate> first = dayOfFirstStart(Instant.EPOCH);
        if (first.isEmpty()) {
            return List.of();
        }
        Set<LocalDate> rolled = new HashSet<>();
        for (Object[] r : sql.rows(CoverageSql.ROLLED_DAYS, List.of(first.get(), today))) {
            rolled.add(date(r[0]));
        }
        List<LocalDate> due = new ArrayList<>();
        LocalDate day = first.get();
        while (day.isBefore(today) && due.size() < limit) {
            if (rolled.contains(day)) {
                day = day.plusDays(1);
                continue;
            }
            Optional<LocalDate> next = dayOfFirstStart(day.atStartOfDay(Bangkok.ZONE).toInstant());
            if (next.isEmpty()) {
                break;
            }
            if (next.get().isAfter(day)) {
                day = next.get();
            } else {
                due.add(day);
                day = day.plusDays(1);
            }
        }
        return due;
    }

    /**
     * The day of the first booking that starts at or after {@code from}, or the day before it: however the driver
     * turned the stored UTC wall-clock time into an instant, no day with bookings is passed over.
     */
    private Optional<LocalDate> dayOfFirstStart(Instant from) {
        Object first = sql.rows(CoverageSql.FIRST_START, List.of(from)).get(0)[0];
        if (first == null) {
            return Optional.empty();
        }
        Instant start = first instanceof Timestamp t
                ? t.toInstant()
                : ((LocalDateTime) first).toInstant(ZoneOffset.UTC);
        return Optional.of(Bangkok.dateOf(start).minusDays(1));
    }

    /** Rolls up one closed day when none of its bookings can change any more; idempotent. */
    public boolean rollUp(LocalDate day, Instant now) {
        Instant from = day.atStartOfDay(Bangkok.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(Bangkok.ZONE).toInstant();
        if (number(sql.rows(CoverageSql.UNSETTLED, List.of(from, to)).get(0)[0]) > 0) {
            return false;
        }
        List<Object> one = List.of(day);
        sql.update(CoverageSql.FORGET_DAY_OUTCOMES, one);
        sql.update(CoverageSql.FORGET_DAY_FILLS, one);
        sql.update(CoverageSql.FORGET_ROLLED_DAY, one);
        List<Object> span = List.of(day, from, to);
        sql.update(CoverageSql.ROLL_UP_OUTCOMES, span);
        sql.update(CoverageSql.ROLL_UP_LANGUAGE_FILLS, span);
        sql.update(CoverageSql.ROLL_UP_PROVINCE_FILLS, span);
        sql.update(CoverageSql.MARK_ROLLED, List.of(day, now));
        return true;
    }

    /** One line per key that has bookings in the period or interpreters in the pool, sorted by what people read. */
    private static List<CoverageLine> lines(Tally tally, Map<String, long[]> pool, Function<String, String> shown) {
        TreeSet<String> keys = new TreeSet<>(tally.counts.keySet());
        keys.addAll(pool.keySet());
        List<CoverageLine> lines = new ArrayList<>();
        for (String key : keys) {
            long[] c = tally.counts.getOrDefault(key, new long[5]);
            FillHistogram fills = tally.fills.getOrDefault(key, new FillHistogram());
            long[] p = pool.getOrDefault(key, new long[2]);
            lines.add(new CoverageLine(shown.apply(key), c[0], c[1], c[2], c[3], c[4],
                    minutes(fills.percentileSeconds(0.5)), minutes(fills.percentileSeconds(0.9)), p[0], p[1]));
        }
        lines.sort(Comparator.comparing(CoverageLine::key));
        return lines;
    }

    /** Provinces are stored by constant name and shown by English name; an unknown one is shown as stored. */
    private static String display(String stored) {
        try {
            return Province.valueOf(stored).englishName();
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    /** A CHAR(1) comes as a Character through JPA, as a String through JDBC. */
    private static String text(Object value) {
        return String.valueOf(value);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Seconds as minutes with one decimal. */
    private static Double minutes(Double seconds) {
        return seconds == null ? null : Math.round(seconds / 60.0 * 10.0) / 10.0;
    }
}
