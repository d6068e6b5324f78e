package org.saphan.domain.model.report;

import java.time.LocalDate;

/**
 * Computes the coverage report where the bookings are: by aggregates in the database, never by loading bookings.
 */
public interface CoverageFigures {

    /**
     * @param period the bookings that started in it
     * @param asOf the day on which an interpreter's vetting must be valid to count as active
     * @param horizonDays vetting ending on or before {@code asOf + horizonDays} counts as ending soon
     */
    CoverageReport coverage(ReportPeriod period, LocalDate asOf, int horizonDays);
}
