package org.saphan.domain.model.shared;

/** What an interpreter is prepared for beyond language; a booking that names one requires it. */
public enum Specialisation {
    /** Interviews with minors; required whenever the person is a minor. */
    CHILDREN, PSYCHOSOCIAL, MEDICAL, LEGAL
}
