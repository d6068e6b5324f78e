package org.saphan.domain.model.booking;

import org.saphan.domain.model.shared.ValidationException;

/** The identity of an offer, as the interpreter's app refers to it when it answers. */
public record OfferId(long value) {

    public OfferId {
        if (value <= 0) {
            throw new ValidationException("offerId", "An offer id is a positive number, not " + value + ".");
        }
    }

    public static OfferId parse(String text) {
        try {
            return new OfferId(Long.parseLong(ValidationException.requireText(text, "offerId",
                    "The offer id is missing.")));
        } catch (NumberFormatException e) {
            throw new ValidationException("offerId", "An offer id is a number, not '" + text + "'.");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
