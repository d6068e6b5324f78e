package org.saphan.domain.model.booking;

/** How soon the interpreter is needed. */
public enum Urgency {
    /** At a start time agreed in advance; offered in waves to the best few. */
    SCHEDULED,
    /** Now: someone is waiting in the room; offered at once to everyone qualified and on call. */
    IMMEDIATE
}
