package org.saphan.domain.model.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The times and dates Saphan can hold. Instants are stored as TIMESTAMP, which ends in January 2038, so an instant
 * from outside 2000-2037 is refused as input instead of failing in the database (or, as a filter, matching nothing
 * sensible); dates (vetting, agreements) lie within 1900-2999.
 */
public final class TimeBounds {

    /** The first instant Saphan accepts. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The first instant Saphan no longer accepts. */
    public static final Instant END = Instant.parse("2038-01-01T00:00:00Z");
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    private TimeBounds() {
    }

    /** The instant, if Saphan can hold it. */
    public static Instant check(Instant instant, String field) {
        if (instant != null && (instant.isBefore(EARLIEST) || !instant.isBefore(END))) {
            throw new ValidationException(field, "'" + field + "' must lie between 2000 and the end of 2037.");
        }
        return instant;
    }

    /** The date, if Saphan can hold it. */
    public static LocalDate check(LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
            throw new ValidationException(field, "'" + field + "' must lie between the years 1900 and 2999.");
        }
        return date;
    }
}
