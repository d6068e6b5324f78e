package org.saphan.domain.model.report;

/**
 * One line of the coverage report: for one language (or one province, for on-site work, or all of them) the bookings
 * that started in the period by outcome, how long filling took, and the pool that can serve them today.
 *
 * @param key the language code, the province's English name, or {@code "all"}
 * @param requested every booking in the period
 * @param filled assigned, in progress or completed
 * @param unfilled nobody took it by its deadline
 * @param cancelled cancelled by a requester or coordinator
 * @param pending still open or offered
 * @param medianMinutesToFill median minutes from booking to assignment over the filled ones; null when none
 * @param p90MinutesToFill the 90th percentile of the same; null when none
 * @param activeInterpreters active interpreters whose vetting is valid today and who speak the language (serve the
 *            province on site)
 * @param vettingEndingSoon of those, the ones whose vetting ends within the report's horizon
 */
public record CoverageLine(String key, long requested, long filled, long unfilled, long cancelled, long pending,
        Double medianMinutesToFill, Double p90MinutesToFill, long activeInterpreters, long vettingEndingSoon) {

    /** The share of the requested bookings that were filled, in per cent, one decimal; null when none requested. */
    public Double filledPercent() {
        return requested == 0 ? null : Math.round(filled * 1000.0 / requested) / 10.0;
    }
}
