package org.saphan.domain.model.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.saphan.domain.model.shared.Bangkok;
import org.saphan.domain.model.shared.ValidationException;

/**
 * The bookings a report covers: those whose start falls in {@code [from, to)}. A person names days (read in
 * Asia/Bangkok, {@code to} inclusive) or exact UTC instants; by default the last 30 days.
 */
public record ReportPeriod(Instant from, Instant to) {

    /** Long enough for a year's report with room to spare, short enough that one request cannot scan everything. */
    public static final Duration LONGEST = Duration.ofDays(3 * 366);
    public static final Duration DEFAULT = Duration.ofDays(30);

    public ReportPeriod {
        ValidationException.requirePresent(from, "from", "Say where the period starts.");
        ValidationException.requirePresent(to, "to", "Say where the period ends.");
        if (!from.isBefore(to)) {
            throw new ValidationException("from", "The period must start before it ends.");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new ValidationException("from", "A report covers at most " + LONGEST.toDays()
                    + " days; choose a shorter period.");
        }
    }

    /**
     * Reads the query's {@code from} and {@code to}: each a date ({@code 2026-12-01}, a whole day in Thailand) or an
     * instant ({@code 2026-12-01T02:00:00Z}); either may be left out.
     */
    public static ReportPeriod parse(String from, String to, Instant now) {
        Instant end = blank(to) ? now : read(to, "to", true);
        Instant start = blank(from) ? end.minus(DEFAULT) : read(from, "from", false);
        return new ReportPeriod(start, end);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Instant read(String text, String field, boolean endOfDay) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(Bangkok.ZONE).toInstant();
            }
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
                    + "' is neither a date such as 2026-12-01 nor an instant such as 2026-12-01T02:00:00Z.");
        }
    }
}
