package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saphan.domain.model.report.CoverageFigures;

/**
 * The coverage report's roll-up, each step in its own transaction: a day rolled up is all there or not there. Not
 * part of any API: the roll-up clock calls it.
 */
@Stateless
@PermitAll
public class CoverageRollup {

    @Inject
    CoverageFigures figures;

    public List<LocalDate> daysToRollUp(LocalDate today, int limit) {
        return figures.daysToRollUp(today, limit);
    }

    public boolean rollUp(LocalDate day, Instant now) {
        return figures.rollUp(day, now);
    }

    public boolean keepPool(LocalDate asOf, int horizonDays) {
        return figures.keepPool(asOf, horizonDays);
    }
}
