package org.saphan.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;

class TimeBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1999-12-31T23:59:59Z", "2038-01-01T00:00:00Z", "2039-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "+99999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"})
    void instantsSaphanCannotHoldAreRefusedNamingTheField(String text) {
        assertEquals("from", assertThrows(ValidationException.class, () -> TimeBounds.check(Instant.parse(text),
                "from")).fieldName());
    }

    @Test
    void instantsWithinTheBoundsPass() {
        for (String text : new String[]{"2000-01-01T00:00:00Z", "2026-12-01T02:00:00Z", "2037-12-31T23:59:59Z"}) {
            assertEquals(Instant.parse(text), TimeBounds.check(Instant.parse(text), "from"));
        }
        assertEquals(null, TimeBounds.check((Instant) null, "from"));
    }

    @Test
    void datesOutsideTheCenturiesAreRefused() {
        assertThrows(ValidationException.class, () -> TimeBounds.check(LocalDate.of(99999, 1, 1), "d"));
        assertThrows(ValidationException.class, () -> TimeBounds.check(LocalDate.of(1899, 12, 31), "d"));
        assertEquals(LocalDate.of(2999, 12, 31), TimeBounds.check(LocalDate.of(2999, 12, 31), "d"));
    }

    @Test
    void aBookingStartsAtMostTwoYearsAhead() {
        Instant limit = Fixtures.NOW.plus(Booking.MAX_AHEAD);
        Booking ok = new Booking(Fixtures.REFERENCE, Fixtures.REQUESTER, Fixtures.request().start(limit).build(),
                Fixtures.NOW);
        assertEquals(limit, ok.window().start());
        ValidationException e = assertThrows(ValidationException.class, () -> new Booking(Fixtures.REFERENCE,
                Fixtures.REQUESTER, Fixtures.request().start(limit.plus(Duration.ofMinutes(1))).build(),
                Fixtures.NOW));
        assertEquals("start", e.fieldName());
    }
}
