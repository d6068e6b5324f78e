package org.saphan.domain.model.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Coverage of the programme over a period: per language, per province for on-site work, and in total.
 *
 * @param period the bookings counted are those that started in it
 * @param asOf the day in Thailand on which the pool's figures hold
 * @param vettingHorizonDays "vetting ending soon" means on or before {@code asOf} plus this many days
 */
public record CoverageReport(ReportPeriod period, LocalDate asOf, int vettingHorizonDays, List<CoverageLine> languages,
        List<CoverageLine> provinces, CoverageLine total) {

    public CoverageReport {
        languages = List.copyOf(languages);
        provinces = List.copyOf(provinces);
    }
}
