package org.saphan.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saphan.domain.model.shared.ValidationException;

class ReportPeriodTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theLastThirtyDaysByDefault() {
        ReportPeriod p = ReportPeriod.parse(null, " ", NOW);
        assertEquals(NOW, p.to());
        assertEquals(NOW.minus(Duration.ofDays(30)), p.from());
    }

    @Test
    void daysAreWholeDaysInThailandTheLastOneIncluded() {
        ReportPeriod p = ReportPeriod.parse("2026-12-01", "2026-12-03", NOW);
        assertEquals(Instant.parse("2026-11-30T17:00:00Z"), p.from());
        assertEquals(Instant.parse("2026-12-03T17:00:00Z"), p.to());
    }

    @Test
    void instantsAreTakenAsTheyAre() {
        ReportPeriod p = ReportPeriod.parse("2026-12-01T02:00:00Z", "2026-12-02T02:00:00Z", NOW);
        assertEquals(Instant.parse("2026-12-01T02:00:00Z"), p.from());
        assertEquals(Instant.parse("2026-12-02T02:00:00Z"), p.to());
    }

    @ParameterizedTest
    @CsvSource({"yesterday,,from", ",soon,to", "2026-12-05,2026-12-01,from", "2026-12-01,2026-11-30T17:00:00Z,from",
            "2020-01-01,2026-01-01,from", "2026-13-01,,from"})
    void badPeriodsNameTheirField(String from, String to, String field) {
        ValidationException e = assertThrows(ValidationException.class, () -> ReportPeriod.parse(from, to, NOW));
        assertEquals(field, e.fieldName());
    }

    @Test
    void theLongestPeriodIsAccepted() {
        Instant from = NOW.minus(ReportPeriod.LONGEST);
        assertEquals(from, ReportPeriod.parse(from.toString(), NOW.toString(), NOW).from());
    }
}
