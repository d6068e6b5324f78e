package org.saphan.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * The thing is not in a state that allows the request, or someone else got there first: a booking already assigned,
 * an offer already taken or expired, two assignments that overlap. Answered with 409.
 */
@ApplicationException(rollback = true)
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code for a state machine refusing a step. */
    public static final String WRONG_STATE = "wrong-state";

    public ConflictException(String code, String message) {
        super(Kind.CONFLICT, code, null, message);
    }
}
