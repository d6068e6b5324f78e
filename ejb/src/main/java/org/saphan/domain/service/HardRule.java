package org.saphan.domain.service;

/**
 * The rules every candidate must pass to be offered or assigned a booking, in the order they are checked; an
 * excluded candidate is reported with the first it breaks.
 * <p>
 * A coordinator's override may set aside what a person can weigh (the vetting date, the language level, the gender,
 * the specialisation, availability, the province, remote work); never what protects the person or cannot be done: a
 * suspension, an exclusion from the case, a declared conflict, or an overlapping job.
 */
public enum HardRule {
    INACTIVE("Suspended: not active in the pool.", false),
    LANGUAGE("Does not speak both languages of the booking at WORKING level or better.", true),
    VETTING("Vetting (background check and confidentiality agreement) is not valid on the booking's date.", true),
    GENDER("Not the interpreter gender the booking requires.", true),
    SPECIALISATION("Not specialised as the booking requires.", true),
    EXCLUDED_FOR_CASE("Excluded from this case.", false),
    CONFLICT("Declared a conflict with a party of this booking.", false),
    UNAVAILABLE("Not available for the whole time: outside its weekly windows or away.", true),
    NOT_ON_CALL("Not on call, and the booking is immediate.", true),
    OVERLAP("Already assigned at an overlapping time, counting travel between on-site jobs.", false),
    PROVINCE("Does not serve the booking's province on site.", true),
    NOT_REMOTE("Does not work remotely.", true);

    private final String explanation;
    private final boolean overridable;

    HardRule(String explanation, boolean overridable) {
        this.explanation = explanation;
        this.overridable = overridable;
    }

    /** One sentence for a coordinator asking why. */
    public String explanation() {
        return explanation;
    }

    /** Whether a coordinator's explicit override, with a reason, may set this rule aside. */
    public boolean overridable() {
        return overridable;
    }
}
