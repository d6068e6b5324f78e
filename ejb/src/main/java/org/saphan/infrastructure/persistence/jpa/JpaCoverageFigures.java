package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saphan.domain.model.report.CoverageFigures;
import org.saphan.domain.model.report.CoverageReport;
import org.saphan.domain.model.report.ReportPeriod;

/** The coverage report and its roll-up ({@link CoverageQueries}) through native queries, in the caller's transaction. */
@ApplicationScoped
public class JpaCoverageFigures implements CoverageFigures {

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    private CoverageQueries queries() {
        return new CoverageQueries(new CoverageQueries.Sql() {
            @Override
            @SuppressWarnings("unchecked")
            public List<Object[]> rows(String sql, List<Object> parameters) {
                return ((List<Object>) bind(sql, parameters).getResultList()).stream()
                        .map(row -> row instanceof Object[] columns ? columns : new Object[]{row})
                        .toList();
            }

            @Override
            public int update(String sql, List<Object> parameters) {
                return bind(sql, parameters).executeUpdate();
            }
        });
    }

    private Query bind(String sql, List<Object> parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return q;
    }

    @Override
    public CoverageReport coverage(ReportPeriod period, LocalDate asOf, int horizonDays) {
        return queries().coverage(period, asOf, horizonDays);
    }

    @Override
    public List<LocalDate> daysToRollUp(LocalDate today, int limit) {
        return queries().daysToRollUp(today, limit);
    }

    @Override
    public boolean rollUp(LocalDate day, Instant now) {
        return queries().rollUp(day, now);
    }

    @Override
    public boolean keepPool(LocalDate asOf, int horizonDays) {
        return queries().keepPool(asOf, horizonDays);
    }

    @Override
    public void poolChanged() {
        queries().poolChanged();
    }
}
