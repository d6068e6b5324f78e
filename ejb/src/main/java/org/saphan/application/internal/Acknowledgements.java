package org.saphan.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * Interpreters' acknowledgements of the confidentiality terms, one per assignment, in
 * {@code booking_acknowledgement}. The terms acknowledged are those of the interpreter's signed agreement.
 */
@ApplicationScoped
public class Acknowledgements {

    /** The terms an interpreter acknowledges when its profile names no signed agreement version. */
    static final String DEFAULT_TERMS = "1";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    public boolean given(BookingReference booking, InterpreterId interpreter) {
        return !em.createNativeQuery("SELECT 1 FROM booking_acknowledgement WHERE booking_reference = ?1 "
                + "AND interpreter_id = ?2")
                .setParameter(1, booking.value())
                .setParameter(2, interpreter.value())
                .getResultList()
                .isEmpty();
    }

    /** Records the acknowledgement (once; acknowledging again changes nothing) and answers the terms' version. */
    public String acknowledge(BookingReference booking, Interpreter interpreter, Instant now) {
        var agreement = interpreter.vetting().confidentialityAgreement();
        String terms = agreement == null || agreement.version() == null ? DEFAULT_TERMS : agreement.version();
        if (!given(booking, interpreter.id())) {
            em.createNativeQuery("INSERT INTO booking_acknowledgement (booking_reference, interpreter_id, "
                    + "terms_version, acknowledged_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, booking.value())
                    .setParameter(2, interpreter.id().value())
                    .setParameter(3, terms)
                    .setParameter(4, Timestamp.from(now))
                    .executeUpdate();
        }
        return terms;
    }
}
