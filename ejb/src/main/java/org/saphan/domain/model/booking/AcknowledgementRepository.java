package org.saphan.domain.model.booking;

import java.time.Instant;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * Interpreters' acknowledgements of the confidentiality terms, one per assignment: until the assigned interpreter has
 * acknowledged them, the place, the note and the contact stay closed to it.
 */
public interface AcknowledgementRepository {

    boolean exists(BookingReference booking, InterpreterId interpreter);

    /** Records that the interpreter acknowledged this version of the terms for this booking. */
    void add(BookingReference booking, InterpreterId interpreter, String termsVersion, Instant at);
}
