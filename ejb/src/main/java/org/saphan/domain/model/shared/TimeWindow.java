package org.saphan.domain.model.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stretch of time from a start, for a duration: when a booking happens, an assignment blocks a calendar, an
 * interpreter is away. Half-open, so a job ending at 10:00 does not overlap one starting at 10:00.
 */
public record TimeWindow(Instant start, Duration duration) {

    public TimeWindow {
        ValidationException.requirePresent(start, "start", "The start time is missing.");
        ValidationException.requirePresent(duration, "durationMinutes", "The duration is missing.");
        if (duration.isZero() || duration.isNegative()) {
            throw new ValidationException("durationMinutes", "The duration must be at least one minute, not "
                    + duration.toMinutes() + ".");
        }
    }

    public static TimeWindow ofMinutes(Instant start, long minutes) {
        return new TimeWindow(start, Duration.ofMinutes(minutes));
    }

    /** The window from {@code start} to {@code end}; the end must be after the start. */
    public static TimeWindow between(Instant start, Instant end) {
        ValidationException.requirePresent(start, "start", "The start time is missing.");
        ValidationException.requirePresent(end, "end", "The end time is missing.");
        if (!end.isAfter(start)) {
            throw new ValidationException("end", "The end must be after the start.");
        }
        return new TimeWindow(start, Duration.between(start, end));
    }

    public Instant end() {
        return start.plus(duration);
    }

    public boolean overlaps(TimeWindow other) {
        return overlaps(other, Duration.ZERO);
    }

    /**
     * Whether the two windows come closer than {@code buffer}: the time someone needs between them, such as travel
     * from one site to the next.
     */
    public boolean overlaps(TimeWindow other, Duration buffer) {
        return start.isBefore(other.end().plus(buffer)) && other.start.isBefore(end().plus(buffer));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end());
    }

    /** The date in Thailand on which the window starts. */
    public LocalDate bangkokDate() {
        return Bangkok.dateOf(start);
    }

    @Override
    public String toString() {
        return start + "/" + duration;
    }
}
