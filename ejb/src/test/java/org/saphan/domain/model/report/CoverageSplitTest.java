package org.saphan.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saphan.domain.model.report.CoverageSplit.Days;
import org.saphan.domain.model.report.CoverageSplit.Span;

class CoverageSplitTest {

    private static final LocalDate D1 = LocalDate.of(2020, 3, 1);

    @Test
    void partialDaysAndGapsAreLiveRunsOfRolledUpDaysAreNot() {
        // 1 March 10:00 in Thailand to 6 March 12:00; 2, 3 and 5 March rolled up
        ReportPeriod period = new ReportPeriod(Instant.parse("2020-03-01T03:00:00Z"),
                Instant.parse("2020-03-06T05:00:00Z"));
        CoverageSplit split = CoverageSplit.of(period,
                Set.of(D1.plusDays(1), D1.plusDays(2), D1.plusDays(4), D1.plusDays(9)));
        assertEquals(List.of(new Days(D1.plusDays(1), D1.plusDays(3)), new Days(D1.plusDays(4), D1.plusDays(5))),
                split.rolled());
        assertEquals(List.of(new Span(period.from(), Instant.parse("2020-03-01T17:00:00Z")),
                new Span(Instant.parse("2020-03-03T17:00:00Z"), Instant.parse("2020-03-04T17:00:00Z")),
                new Span(Instant.parse("2020-03-05T17:00:00Z"), period.to())), split.live());
    }

    @Test
    void wholeDaysAtBothEndsAndNothingRolledUp() {
        ReportPeriod days = new ReportPeriod(Instant.parse("2020-02-29T17:00:00Z"),
                Instant.parse("2020-03-02T17:00:00Z"));
        assertEquals(List.of(new Days(D1, D1.plusDays(2))), CoverageSplit.of(days, Set.of(D1, D1.plusDays(1)))
                .rolled());
        assertEquals(List.of(), CoverageSplit.of(days, Set.of(D1, D1.plusDays(1))).live());
        assertEquals(List.of(new Span(days.from(), days.to())), CoverageSplit.of(days, Set.of()).live());
        ReportPeriod hour = new ReportPeriod(Instant.parse("2020-03-01T03:00:00Z"),
                Instant.parse("2020-03-01T04:00:00Z"));
        assertEquals(List.of(new Span(hour.from(), hour.to())), CoverageSplit.of(hour, Set.of(D1)).live());
    }
}
