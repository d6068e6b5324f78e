package org.saphan.domain.model.shared;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/** One input field is malformed or missing; the message tells the person how to put it right. Answered with 400. */
@ApplicationException(rollback = true)
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ValidationException(String field, String message) {
        super(Kind.INVALID, "invalid", Objects.requireNonNull(field, "field"), message);
    }

    private ValidationException(String message) {
        super(Kind.INVALID, "invalid", null, message);
    }

    /** The input as a whole is missing or unusable (an empty body), so no one field is at fault. */
    public static ValidationException ofWhole(String message) {
        return new ValidationException(message);
    }

    /** The field at fault; null when the input as a whole is ({@link #ofWhole}). */
    public String fieldName() {
        return field().orElse(null);
    }

    /** Throws when {@code value} is null or blank, and returns it trimmed otherwise. */
    public static String requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, message);
        }
        return value.strip();
    }

    /** Throws when {@code value} is null. */
    public static <T> T requirePresent(T value, String field, String message) {
        if (value == null) {
            throw new ValidationException(field, message);
        }
        return value;
    }

    /** Throws when the text is longer than {@code max} characters; null passes. */
    public static String requireAtMost(String value, int max, String field, String what) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, what + " is too long: at most " + max + " characters, not "
                    + value.length() + ".");
        }
        return value;
    }

    /** Trims the text, and turns blank into null. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
