package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.saphan.domain.model.booking.AcknowledgementRepository;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.InterpreterId;

/** Acknowledgements in the {@code booking_acknowledgement} table. */
@ApplicationScoped
public class JpaAcknowledgementRepository implements AcknowledgementRepository {

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public boolean exists(BookingReference booking, InterpreterId interpreter) {
        return !em.createNativeQuery("SELECT 1 FROM booking_acknowledgement WHERE booking_reference = ?1 "
                + "AND interpreter_id = ?2")
                .setParameter(1, booking.value())
                .setParameter(2, interpreter.value())
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(BookingReference booking, InterpreterId interpreter, String termsVersion, Instant at) {
        em.createNativeQuery("INSERT INTO booking_acknowledgement (booking_reference, interpreter_id, "
                + "terms_version, acknowledged_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, booking.value())
                .setParameter(2, interpreter.value())
                .setParameter(3, termsVersion)
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }
}
