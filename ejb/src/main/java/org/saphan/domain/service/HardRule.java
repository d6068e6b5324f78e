package org.saphan.domain.service;

/**
 * The rules every candidate must pass to be offered or assigned a booking, in the order they are checked; an
 * excluded candidate is reported with the first it breaks.
 */
public enum HardRule {
    INACTIVE("Suspended: not active in the pool."), LANGUAGE(
            "Does not speak both languages of the booking at WORKING level or better."), VETTING(
                    "Vetting (background check and confidentiality agreement) is not valid on the booking's date."), GENDER(
                            "Not the interpreter gender the booking requires."), SPECIALISATION(
                                    "Not specialised as the booking requires."), EXCLUDED_FOR_CASE(
                                            "Excluded from this case."), CONFLICT(
                                                    "Declared a conflict with a party of this booking."), UNAVAILABLE(
                                                            "Not available for the whole time: outside its weekly windows or away."), NOT_ON_CALL(
                                                                    "Not on call, and the booking is immediate."), OVERLAP(
                                                                            "Already assigned at an overlapping time, counting travel between on-site jobs."), PROVINCE(
                                                                                    "Does not serve the booking's province on site."), NOT_REMOTE(
                                                                                            "Does not work remotely.");

    private final String explanation;

    HardRule(String explanation) {
        this.explanation = explanation;
    }

    /** One sentence for a coordinator asking why. */
    public String explanation() {
        return explanation;
    }
}
