package org.saphan.domain.model.shared;

/** An interpreter's gender, and the gender a booking requires or prefers for the person's sake. */
public enum Gender {
    FEMALE, MALE, OTHER
}
