package org.saphan.domain.model.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static WeeklyWindow window(DayOfWeek day, String from, String to) {
        return new WeeklyWindow(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static final List<WeeklyWindow> WEEK = List.of(
            window(DayOfWeek.MONDAY, "08:00", "12:00"),
            window(DayOfWeek.MONDAY, "12:00", "17:00"), // touches the morning: one stretch
            window(DayOfWeek.TUESDAY, "18:00", "00:00"), // to midnight
            window(DayOfWeek.WEDNESDAY, "00:00", "02:00"),
            window(DayOfWeek.THURSDAY, "09:00", "11:00"),
            window(DayOfWeek.THURSDAY, "13:00", "15:00"),
            window(DayOfWeek.SUNDAY, "22:00", "00:00"),
            window(DayOfWeek.MONDAY, "00:00", "01:00"));

    static Stream<Arguments> windows() {
        // Bangkok is UTC+7: 2026-11-30 is a Monday
        return Stream.of(
                Arguments.of("Monday 09:00 for 2 h", "2026-11-30T02:00:00Z", 120, true),
                Arguments.of("Monday 08:00 to 17:00, across two touching windows", "2026-11-30T01:00:00Z", 540, true),
                Arguments.of("Monday 16:00 for 2 h runs past the end", "2026-11-30T09:00:00Z", 120, false),
                Arguments.of("Monday 07:30 starts before the window", "2026-11-30T00:30:00Z", 60, false),
                Arguments.of("Tuesday 23:00 to Wednesday 01:00, across midnight", "2026-12-01T16:00:00Z", 120, true),
                Arguments.of("Tuesday 23:00 to Wednesday 03:00 runs out", "2026-12-01T16:00:00Z", 240, false),
                Arguments.of("Thursday 10:00 to 14:00 falls in the gap", "2026-12-03T03:00:00Z", 240, false),
                Arguments.of("Thursday 13:00 to 15:00 exactly", "2026-12-03T06:00:00Z", 120, true),
                Arguments.of("Sunday 23:00 to Monday 00:30, across the week's end", "2026-12-06T16:00:00Z", 90, true),
                Arguments.of("Sunday 23:00 to Monday 01:30 runs out", "2026-12-06T16:00:00Z", 150, false),
                Arguments.of("Friday: no window at all", "2026-12-04T02:00:00Z", 30, false),
                Arguments.of("Monday 09:00:30 for 60 min needs the minute to 10:01", "2026-11-30T02:00:30Z", 60,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows")
    void coversOnlyWholeWindowsInBangkokTime(String what, Instant start, int minutes, boolean covered) {
        assertEquals(covered, WeeklySchedule.of(WEEK).covers(TimeWindow.ofMinutes(start, minutes)), what);
    }

    @Test
    void mergesTouchingWindowsAndRefusesBackwardOnes() {
        WeeklySchedule schedule = WeeklySchedule.of(WEEK);
        // Mon 00:00-01:00 and Mon 08:00-17:00, Tue 18:00 to Wed 02:00, two on Thursday, Sunday night
        assertEquals(6, schedule.intervals());
        assertTrue(WeeklySchedule.of(List.of()).isEmpty());
        ValidationException e = assertThrows(ValidationException.class,
                () -> window(DayOfWeek.FRIDAY, "17:00", "08:00"));
        assertEquals("weekly", e.fieldName());
        assertTrue(e.getMessage().startsWith("The window on FRIDAY ends (08:00) before it starts (17:00)"),
                e.getMessage());
        assertEquals(LocalTime.MIDNIGHT, window(DayOfWeek.FRIDAY, "17:00", "00:00").to());
    }
}
