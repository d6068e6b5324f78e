package org.saphan.domain.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.saphan.domain.model.shared.Bangkok;

/**
 * A report's period cut in two: the runs of whole days in Thailand that are rolled up, read from the roll-up, and
 * everything else (the period's partial first and last days, today, days still under way), counted from the bookings.
 * Together they cover the period exactly once.
 *
 * @param rolled runs of rolled-up days, each from its first day to the day after its last
 * @param live the instants not rolled up, each {@code [from, to)}
 */
public record CoverageSplit(List<Days> rolled, List<Span> live) {

    public record Days(LocalDate first, LocalDate after) {
    }

    public record Span(Instant from, Instant to) {
    }

    public CoverageSplit {
        rolled = List.copyOf(rolled);
        live = List.copyOf(live);
    }

    /** The first whole day in Thailand inside the period. */
    public static LocalDate firstWholeDay(ReportPeriod period) {
        LocalDate day = Bangkok.dateOf(period.from());
        return start(day).equals(period.from()) ? day : day.plusDays(1);
    }

    /** The day after the last whole day in Thailand inside the period. */
    public static LocalDate afterWholeDays(ReportPeriod period) {
        return Bangkok.dateOf(period.to());
    }

    /** @param rolledDays the days of the period that the roll-up holds (others in the set are ignored) */
    public static CoverageSplit of(ReportPeriod period, Set<LocalDate> rolledDays) {
        List<Days> rolled = new ArrayList<>();
        List<Span> live = new ArrayList<>();
        Instant liveFrom = period.from();
        LocalDate runStart = null;
        LocalDate after = afterWholeDays(period);
        for (LocalDate day = firstWholeDay(period); day.isBefore(after); day = day.plusDays(1)) {
            boolean isRolled = rolledDays.contains(day);
            if (isRolled && runStart == null) {
                runStart = day;
                if (liveFrom.isBefore(start(day))) {
                    live.add(new Span(liveFrom, start(day)));
                }
            } else if (!isRolled && runStart != null) {
                rolled.add(new Days(runStart, day));
                runStart = null;
                liveFrom = start(day);
            }
        }
        if (runStart != null) {
            rolled.add(new Days(runStart, after));
            liveFrom = start(after);
        }
        if (liveFrom.isBefore(period.to())) {
            live.add(new Span(liveFrom, period.to()));
        }
        return new CoverageSplit(rolled, live);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Bangkok.ZONE).toInstant();
    }
}
