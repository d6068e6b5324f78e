package org.saphan.domain.model.booking;

/** Where the interpreting happens. */
public enum Mode {
    /** In a room in a province: the interpreter travels there. */
    ON_SITE,
    /** Through Saphan's session relay: the interpreter joins from anywhere. */
    REMOTE
}
