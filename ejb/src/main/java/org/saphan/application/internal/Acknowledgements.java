package org.saphan.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.saphan.domain.model.booking.AcknowledgementRepository;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * Interpreters' acknowledgements of the confidentiality terms, one per assignment. The terms acknowledged are those of
 * the interpreter's signed agreement.
 */
@ApplicationScoped
public class Acknowledgements {

    /** The terms an interpreter acknowledges when its profile names no signed agreement version. */
    static final String DEFAULT_TERMS = "1";

    @Inject
    AcknowledgementRepository acknowledgements;

    public boolean given(BookingReference booking, InterpreterId interpreter) {
        return acknowledgements.exists(booking, interpreter);
    }

    /** Records the acknowledgement (once; acknowledging again changes nothing) and answers the terms' version. */
    public String acknowledge(BookingReference booking, Interpreter interpreter, Instant now) {
        var agreement = interpreter.vetting().confidentialityAgreement();
        String terms = agreement == null || agreement.version() == null ? DEFAULT_TERMS : agreement.version();
        if (!given(booking, interpreter.id())) {
            acknowledgements.add(booking, interpreter.id(), terms, now);
        }
        return terms;
    }
}
