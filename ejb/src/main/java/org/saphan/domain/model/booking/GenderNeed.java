package org.saphan.domain.model.booking;

import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.ValidationException;

/**
 * The interpreter gender a booking asks for, for the person's sake: required (a hard rule of matching, such as a
 * female interpreter for a survivor of sexual exploitation) or only preferred (it raises the rank).
 */
public record GenderNeed(Gender value, boolean required) {

    public GenderNeed {
        ValidationException.requirePresent(value, "interpreterGender",
                "The interpreter gender is missing: FEMALE, MALE or OTHER.");
    }

    public static GenderNeed required(Gender value) {
        return new GenderNeed(value, true);
    }

    public static GenderNeed preferred(Gender value) {
        return new GenderNeed(value, false);
    }
}
