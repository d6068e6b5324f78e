package org.saphan.domain.model.booking;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Optional;
import org.saphan.domain.model.shared.ValidationException;

/**
 * A booking's identity for people and clients: {@code SPH-YYYY-NNNNNN}, the year it was made and a number, such as
 * {@code SPH-2026-000123}. The number has at least six digits and grows beyond them if it must.
 */
public record BookingReference(String value) {

    public static final String PREFIX = "SPH-";
    public static final int MAX_LENGTH = 18;
    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 9;

    public BookingReference {
        if (!wellFormed(value)) {
            throw new ValidationException("reference", "A booking reference looks like SPH-2026-000123, not '"
                    + value + "'.");
        }
    }

    /** The reference for a year and a number from the repository's sequence. */
    public static BookingReference of(int year, long number) {
        if (year < 2000 || year > 9999 || number < 1 || number > 999_999_999L) {
            throw new IllegalArgumentException("No booking reference for year " + year + ", number " + number);
        }
        return new BookingReference(PREFIX + year + "-" + String.format("%06d", number));
    }

    public static BookingReference parse(String text) {
        return new BookingReference(text == null ? null : text.strip());
    }

    /** The reference, or empty when the text is not one: a path with a bad reference finds nothing. */
    public static Optional<BookingReference> tryParse(String text) {
        String candidate = text == null ? null : text.strip();
        return wellFormed(candidate) ? Optional.of(new BookingReference(candidate)) : Optional.empty();
    }

    private static boolean wellFormed(String value) {
        if (value == null || value.length() < PREFIX.length() + 5 + MIN_DIGITS || value.length() > MAX_LENGTH
                || !value.startsWith(PREFIX) || value.charAt(8) != '-') {
            return false;
        }
        for (int i = PREFIX.length(); i < value.length(); i++) {
            if (i != 8 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        int digits = value.length() - 9;
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
    }

    public int year() {
        return Integer.parseInt(value.substring(4, 8));
    }

    public long number() {
        return Long.parseLong(value.substring(9));
    }

    @Override
    public String toString() {
        return value;
    }

    @Converter
    public static class JpaConverter implements AttributeConverter<BookingReference, String> {

        @Override
        public String convertToDatabaseColumn(BookingReference attribute) {
            return attribute == null ? null : attribute.value;
        }

        @Override
        public BookingReference convertToEntityAttribute(String column) {
            return column == null ? null : new BookingReference(column);
        }
    }
}
