package org.saphan.application.report;

import java.util.List;
import org.saphan.domain.model.report.CoverageLine;
import org.saphan.domain.model.report.CoverageReport;

/**
 * The coverage report as coordinators read it: {@code from}/{@code to} as UTC instants, {@code asOf} the day in
 * Thailand on which the pool's figures hold.
 */
public record CoverageView(String from, String to, String asOf, int vettingHorizonDays, List<Line> languages,
        List<Line> provinces, Line total) {

    /** One language (code), one province (English name) or {@code all}. */
    public record Line(String key, long requested, long filled, long unfilled, long cancelled, long pending,
            Double filledPercent, Double medianMinutesToFill, Double p90MinutesToFill, long activeInterpreters,
            long vettingEndingSoon) {

        static Line of(CoverageLine l) {
            return new Line(l.key(), l.requested(), l.filled(), l.unfilled(), l.cancelled(), l.pending(),
                    l.filledPercent(), l.medianMinutesToFill(), l.p90MinutesToFill(), l.activeInterpreters(),
                    l.vettingEndingSoon());
        }
    }

    public static CoverageView of(CoverageReport r) {
        return new CoverageView(r.period().from().toString(), r.period().to().toString(), r.asOf().toString(),
                r.vettingHorizonDays(), r.languages().stream().map(Line::of).toList(),
                r.provinces().stream().map(Line::of).toList(), Line.of(r.total()));
    }
}
