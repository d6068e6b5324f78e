package org.saphan.application.interpreter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.saphan.domain.model.shared.EnumValues;
import org.saphan.domain.model.shared.TimeBounds;
import org.saphan.domain.model.shared.ValidationException;

/**
 * Reading typed values out of the text of a request, each refusal naming the exact field, such as
 * {@code languages[1].level}, so that a page can point at it.
 */
final class Inputs {

    /** More entries than any real profile has; a guard against bodies that would only load the database. */
    static final int MAX_ENTRIES = 200;

    private Inputs() {
    }

    /** The list, or empty when absent; refused when it is longer than anyone needs. */
    static <T> List<T> optionalList(List<T> values, String field) {
        List<T> list = values == null ? List.of() : values;
        if (list.size() > MAX_ENTRIES) {
            throw new ValidationException(field, "At most " + MAX_ENTRIES + " entries in " + field + ", not "
                    + list.size() + ".");
        }
        return list;
    }

    /** One entry of a list, refused when it is null. */
    static <T> T element(List<T> list, int index, String field) {
        T value = list.get(index);
        if (value == null) {
            throw new ValidationException(at(field, index), "Entry " + (index + 1) + " of " + field + " is empty.");
        }
        return value;
    }

    static String at(String field, int index) {
        return field + "[" + index + "]";
    }

    /**
     * Runs a domain constructor and moves its refusal to the field given here: the domain names the list
     * ({@code weekly}), the request knows which entry it was ({@code weekly[2]}).
     */
    static <T> T within(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (ValidationException e) {
            throw new ValidationException(field, e.getMessage());
        }
    }

    /** An enum constant by name, ignoring case; {@code label} is how the message calls it, such as "level". */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, String label) {
        return within(field, () -> EnumValues.parse(type, value, label));
    }

    /** An optional date, written YYYY-MM-DD. */
    static LocalDate optionalDate(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TimeBounds.check(LocalDate.parse(value.strip()), field);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, what + " '" + value.strip()
                    + "' is not a date: write it as YYYY-MM-DD, such as 2027-06-30.");
        }
    }

    /**
     * A local time of day in Asia/Bangkok, HH:mm. {@code 24:00} is accepted where the window may run to the end of
     * the day ({@code endOfDay}), and read as the domain's midnight.
     */
    static LocalTime time(String value, String field, String what, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, what + " is missing: write it as HH:mm, such as 08:00.");
        }
        String text = value.strip();
        if (endOfDay && text.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        LocalTime time;
        try {
            time = LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, what + " '" + text
                    + "' is not a time of day: write it as HH:mm, such as 08:00" + (endOfDay ? " or 24:00." : "."));
        }
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new ValidationException(field, what + " '" + text + "' has seconds: availability is kept in whole "
                    + "minutes, HH:mm.");
        }
        return time;
    }

    /** An instant: ISO-8601 in UTC ({@code 2026-12-01T02:00:00Z}) or with an offset ({@code ...T09:00:00+07:00}). */
    static Instant instant(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, what + " is missing: write it as an ISO-8601 instant, such as "
                    + "2026-12-01T02:00:00Z.");
        }
        String text = value.strip();
        try {
            return TimeBounds.check(Instant.parse(text), field);
        } catch (DateTimeParseException notUtc) {
            try {
                return TimeBounds.check(OffsetDateTime.parse(text).toInstant(), field);
            } catch (DateTimeParseException e) {
                throw new ValidationException(field, what + " '" + text + "' is not an instant: write it in "
                        + "ISO-8601 with its offset, such as 2026-12-01T02:00:00Z or 2026-12-01T09:00:00+07:00.");
            }
        }
    }
}
