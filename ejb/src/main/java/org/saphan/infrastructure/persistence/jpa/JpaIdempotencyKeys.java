package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.saphan.application.booking.IdempotencyKeys;
import org.saphan.domain.model.booking.BookingReference;

/**
 * Idempotency-Keys in the {@code idempotency_key} table, whose primary key (subject, key) makes a second claim wait
 * on the first one's row until its transaction ends, and then be ignored.
 */
@ApplicationScoped
public class JpaIdempotencyKeys implements IdempotencyKeys {

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public Optional<Claim> find(String subject, String key) {
        List<?> rows = em.createNativeQuery("SELECT request_hash, booking_reference FROM idempotency_key "
                + "WHERE subject = ?1 AND idem_key = ?2")
                .setParameter(1, subject)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Claim((String) row[0],
                Optional.ofNullable((String) row[1]).map(BookingReference::parse)));
    }

    @Override
    public boolean claim(String subject, String key, String fingerprint, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO idempotency_key (subject, idem_key, request_hash, "
                + "booking_reference, created_at) VALUES (?1, ?2, ?3, NULL, ?4)")
                .setParameter(1, subject)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    @Override
    public void complete(String subject, String key, BookingReference booking) {
        em.createNativeQuery("UPDATE idempotency_key SET booking_reference = ?1 WHERE subject = ?2 AND idem_key = ?3")
                .setParameter(1, booking.value())
                .setParameter(2, subject)
                .setParameter(3, key)
                .executeUpdate();
    }
}
