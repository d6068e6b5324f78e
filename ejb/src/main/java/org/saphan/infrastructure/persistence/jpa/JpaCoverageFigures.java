package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.saphan.domain.model.report.CoverageFigures;
import org.saphan.domain.model.report.CoverageLine;
import org.saphan.domain.model.report.CoverageReport;
import org.saphan.domain.model.report.ReportPeriod;
import org.saphan.domain.model.shared.Province;

/**
 * The coverage report in seven aggregate queries ({@link CoverageSql}): only aggregated rows, one per language or
 * province, ever leave the database.
 */
@ApplicationScoped
public class JpaCoverageFigures implements CoverageFigures {

    static final String ALL = "all";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public CoverageReport coverage(ReportPeriod period, LocalDate asOf, int horizonDays) {
        LocalDate horizon = asOf.plusDays(horizonDays);

        Map<String, long[]> languageCounts = counts(CoverageSql.BY_LANGUAGE, "", period);
        Times languageTimes = times(CoverageSql.BY_LANGUAGE, "", period);
        Map<String, long[]> languagePool = pool("language_code", "interpreter_language", asOf, horizon);

        Map<String, long[]> provinceCounts = counts(CoverageSql.BY_PROVINCE, CoverageSql.ON_SITE, period);
        Times provinceTimes = times(CoverageSql.BY_PROVINCE, CoverageSql.ON_SITE, period);
        Map<String, long[]> provincePool = pool("province", "interpreter_province", asOf, horizon);

        List<CoverageLine> languages = lines(languageCounts, languageTimes, languagePool, Function.identity());
        List<CoverageLine> provinces = lines(provinceCounts, provinceTimes, provincePool, JpaCoverageFigures::display);

        long[] total = new long[5];
        languageCounts.values().forEach(c -> {
            for (int i = 0; i < total.length; i++) {
                total[i] += c[i];
            }
        });
        Object[] pool = (Object[]) em.createNativeQuery(CoverageSql.POOL_TOTAL)
                .setParameter(1, asOf)
                .setParameter(2, horizon)
                .getSingleResult();
        CoverageLine all = new CoverageLine(ALL, total[0], total[1], total[2], total[3], total[4],
                languageTimes.overallMedian(), languageTimes.overallP90(), number(pool[0]), number(pool[1]));
        return new CoverageReport(period, asOf, horizonDays, languages, provinces, all);
    }

    private Map<String, long[]> counts(String key, String where, ReportPeriod period) {
        Map<String, long[]> found = new HashMap<>();
        for (Object row : em.createNativeQuery(CoverageSql.counts(key, where))
                .setParameter(1, period.from())
                .setParameter(2, period.to())
                .getResultList()) {
            Object[] r = (Object[]) row;
            found.put((String) r[0], new long[]{number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                    number(r[5])});
        }
        return found;
    }

    private record Times(Map<String, Double[]> byKey, Double overallMedian, Double overallP90) {
    }

    private Times times(String key, String where, ReportPeriod period) {
        Map<String, Double[]> found = new HashMap<>();
        Double median = null;
        Double p90 = null;
        for (Object row : em.createNativeQuery(CoverageSql.times(key, where))
                .setParameter(1, period.from())
                .setParameter(2, period.to())
                .getResultList()) {
            Object[] r = (Object[]) row;
            found.put((String) r[0], new Double[]{minutes(r[1]), minutes(r[2])});
            median = minutes(r[3]);
            p90 = minutes(r[4]);
        }
        return new Times(found, median, p90);
    }

    private Map<String, long[]> pool(String column, String table, LocalDate asOf, LocalDate horizon) {
        Map<String, long[]> found = new HashMap<>();
        for (Object row : em.createNativeQuery(CoverageSql.pool(column, table))
                .setParameter(1, asOf)
                .setParameter(2, horizon)
                .getResultList()) {
            Object[] r = (Object[]) row;
            found.put((String) r[0], new long[]{number(r[1]), number(r[2])});
        }
        return found;
    }

    /** One line per key that has bookings in the period or interpreters in the pool, sorted by what people read. */
    private static List<CoverageLine> lines(Map<String, long[]> counts, Times times, Map<String, long[]> pool,
            Function<String, String> shown) {
        TreeSet<String> keys = new TreeSet<>(counts.keySet());
        keys.addAll(pool.keySet());
        List<CoverageLine> lines = new ArrayList<>();
        for (String key : keys) {
            long[] c = counts.getOrDefault(key, new long[5]);
            Double[] t = times.byKey().getOrDefault(key, new Double[2]);
            long[] p = pool.getOrDefault(key, new long[2]);
            lines.add(new CoverageLine(shown.apply(key), c[0], c[1], c[2], c[3], c[4], t[0], t[1], p[0], p[1]));
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

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Minutes with one decimal: the percentiles are interpolated, the seconds behind them are exact. */
    private static Double minutes(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10.0) / 10.0;
    }
}
