package org.saphan.domain.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Computes the coverage report where the bookings are: by aggregates in the database, never by loading bookings;
 * and keeps what makes it fast: a daily roll-up of the days that can no longer change, and the pool's figures until
 * the pool changes.
 */
public interface CoverageFigures {

    /**
     * @param period the bookings that started in it
     * @param asOf the day on which an interpreter's vetting must be valid to count as active
     * @param horizonDays vetting ending on or before {@code asOf + horizonDays} counts as ending soon
     */
    CoverageReport coverage(ReportPeriod period, LocalDate asOf, int horizonDays);

    /** Up to {@code limit} closed days (before {@code today}) that have not been rolled up yet, oldest first. */
    List<LocalDate> daysToRollUp(LocalDate today, int limit);

    /**
     * Rolls up one closed day, if every booking that starts in it is in a final status; again from scratch if it was.
     *
     * @return whether the day is rolled up now
     */
    boolean rollUp(LocalDate day, Instant now);

    /**
     * Counts the pool's figures as of {@code asOf} and keeps them, unless those kept are still current.
     *
     * @return whether it counted them
     */
    boolean keepPool(LocalDate asOf, int horizonDays);

    /** Says, in the transaction that changes the pool, that the pool's kept figures no longer hold. */
    void poolChanged();
}
