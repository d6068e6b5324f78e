package org.saphan.domain.model.booking;

/** Why the interpreter is needed; it tells the interpreter what to expect in the room. */
public enum Purpose {
    SCREENING_INTERVIEW, PSYCHOSOCIAL_SESSION, RETURN_PROCESS, MEDICAL, LEGAL_PROCEEDING, CASE_MANAGEMENT
}
