package org.saphan.domain.model.shared;

/** What sort of party an interpreter must never be assigned with. */
public enum ConflictKind {
    /** A village, ethnic or migrant community the interpreter belongs to or is known in. */
    COMMUNITY,
    /** An employer, agency, NGO or business. */
    ORGANISATION,
    /** Someone the interpreter knows; never a victim's name in a booking. */
    PERSON
}
