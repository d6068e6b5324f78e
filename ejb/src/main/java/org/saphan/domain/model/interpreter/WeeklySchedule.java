package org.saphan.domain.model.interpreter;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import org.saphan.domain.model.shared.Bangkok;
import org.saphan.domain.model.shared.TimeWindow;

/**
 * An interpreter's weekly windows, merged into sorted minute-of-week intervals so that "is the whole booking inside
 * them" is a few integer comparisons: matching asks it for every interpreter in the pool. Adjacent windows join, so
 * Monday 18:00-24:00 and Tuesday 00:00-02:00 cover a job that runs across midnight, and Sunday night joins Monday
 * morning across the week's end. Immutable.
 */
public final class WeeklySchedule {

    /** Minutes in a week; minute 0 is Monday 00:00 in Asia/Bangkok. */
    public static final int MINUTES_PER_WEEK = 7 * WeeklyWindow.MINUTES_PER_DAY;

    private static final WeeklySchedule EMPTY = new WeeklySchedule(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private WeeklySchedule(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static WeeklySchedule empty() {
        return EMPTY;
    }

    /** Merges the windows into a schedule. */
    public static WeeklySchedule of(Collection<WeeklyWindow> windows) {
        if (windows.isEmpty()) {
            return EMPTY;
        }
        long[] packed = new long[windows.size()];
        int n = 0;
        for (WeeklyWindow window : windows) {
            packed[n++] = ((long) window.fromMinuteOfWeek() << 32) | window.untilMinuteOfWeek();
        }
        Arrays.sort(packed);
        int[] starts = new int[n];
        int[] ends = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int start = (int) (packed[i] >>> 32);
            int end = (int) packed[i];
            if (count > 0 && start <= ends[count - 1]) {
                ends[count - 1] = Math.max(ends[count - 1], end);
            } else {
                starts[count] = start;
                ends[count] = end;
                count++;
            }
        }
        return new WeeklySchedule(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** The minutes since Monday 00:00 in Asia/Bangkok at this instant. */
    public static int minuteOfWeek(Instant instant) {
        ZonedDateTime local = instant.atZone(Bangkok.ZONE);
        return (local.getDayOfWeek().getValue() - 1) * WeeklyWindow.MINUTES_PER_DAY + local.getHour() * 60
                + local.getMinute();
    }

    /** Whether the whole window lies inside the weekly windows. */
    public boolean covers(TimeWindow window) {
        return covers(minuteOfWeek(window.start()), lengthInMinutes(window));
    }

    /**
     * The whole minutes a window touches, counted from the start of its first minute: 08:00:30 for 60 minutes needs
     * the minutes from 08:00 up to 09:01.
     */
    public static int lengthInMinutes(TimeWindow window) {
        long seconds = window.duration().getSeconds() + (window.duration().getNano() > 0 ? 1 : 0);
        long startSecond = Math.floorMod(window.start().getEpochSecond(), 60L); // Asia/Bangkok is a whole-hour offset
        long minutes = (startSecond + seconds + 59) / 60;
        return minutes > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) minutes;
    }

    /**
     * Whether the minutes from {@code startMinuteOfWeek} for {@code lengthMinutes} lie inside the windows.
     *
     * @param startMinuteOfWeek 0 (Monday 00:00) to {@link #MINUTES_PER_WEEK} exclusive
     * @param lengthMinutes at least 1; more than a week is never covered
     */
    public boolean covers(int startMinuteOfWeek, int lengthMinutes) {
        if (lengthMinutes > MINUTES_PER_WEEK || starts.length == 0) {
            return false;
        }
        int t = startMinuteOfWeek;
        int end = startMinuteOfWeek + lengthMinutes;
        for (int pass = 0; pass < 2; pass++) {
            int i = indexContaining(t);
            if (i < 0) {
                return false;
            }
            if (ends[i] >= end) {
                return true;
            }
            if (ends[i] < MINUTES_PER_WEEK) {
                return false; // merged intervals never touch, so a gap follows
            }
            t = 0; // continues into next Monday
            end -= MINUTES_PER_WEEK;
        }
        return false;
    }

    private int indexContaining(int minute) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] > minute) {
                return -1;
            }
            if (minute < ends[i]) {
                return i;
            }
        }
        return -1;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** How many separate intervals remain after merging. */
    public int intervals() {
        return starts.length;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("WeeklySchedule[");
        for (int i = 0; i < starts.length; i++) {
            out.append(i == 0 ? "" : ", ").append(starts[i]).append('-').append(ends[i]);
        }
        return out.append(']').toString();
    }
}
