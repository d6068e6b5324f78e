package org.saphan.domain.model.interpreter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.saphan.domain.model.shared.ValidationException;

/**
 * A time an interpreter is available every week, in Asia/Bangkok local time, such as Monday 08:00 to 17:00. An end
 * of 00:00 means midnight at the end of the day. Stored as minutes of the day, so that no driver or time zone setting
 * can shift a local time.
 */
@Embeddable
public class WeeklyWindow {

    static final int MINUTES_PER_DAY = 24 * 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "from_minute", nullable = false)
    private int fromMinute;

    @Column(name = "until_minute", nullable = false)
    private int untilMinute;

    /** For JPA only. */
    protected WeeklyWindow() {
    }

    public WeeklyWindow(DayOfWeek day, LocalTime from, LocalTime to) {
        this.day = ValidationException.requirePresent(day, "weekly", "The day of an availability window is missing.");
        ValidationException.requirePresent(from, "weekly", "The start of the window on " + day + " is missing.");
        ValidationException.requirePresent(to, "weekly", "The end of the window on " + day + " is missing.");
        this.fromMinute = from.getHour() * 60 + from.getMinute();
        this.untilMinute = to.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : to.getHour() * 60 + to.getMinute();
        if (untilMinute <= fromMinute) {
            throw new ValidationException("weekly", "The window on " + day + " ends (" + to + ") before it starts ("
                    + from + "): split a window across midnight into two days.");
        }
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime from() {
        return LocalTime.of(fromMinute / 60, fromMinute % 60);
    }

    /** The end; {@code 00:00} when the window runs to midnight. */
    public LocalTime to() {
        return untilMinute == MINUTES_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(untilMinute / 60, untilMinute % 60);
    }

    /** Minutes since Monday 00:00 at the start. */
    public int fromMinuteOfWeek() {
        return (day.getValue() - 1) * MINUTES_PER_DAY + fromMinute;
    }

    /** Minutes since Monday 00:00 at the end, exclusive. */
    public int untilMinuteOfWeek() {
        return (day.getValue() - 1) * MINUTES_PER_DAY + untilMinute;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyWindow that && day == that.day && fromMinute == that.fromMinute
                && untilMinute == that.untilMinute;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, fromMinute, untilMinute);
    }

    @Override
    public String toString() {
        return day + " " + from() + "-" + to();
    }
}
