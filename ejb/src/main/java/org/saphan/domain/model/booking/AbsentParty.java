package org.saphan.domain.model.booking;

/** Who did not come to a booking: the interpreter, or the requester's side (the officer or the person). */
public enum AbsentParty {
    INTERPRETER, REQUESTER
}
