package org.saphan.domain.model.audit;

/** How an act ended. */
public enum Outcome {
    /** Done. */
    ALLOWED,
    /** Refused for access: no valid sign-in (401), not the caller's role (403), or not the caller's object (404). */
    DENIED,
    /** Refused by a rule or the state of things (400, 409, 422): the caller was allowed to ask. */
    REJECTED,
    /** Failed on Saphan's side (500, 503); nothing was done. */
    FAILED
}
