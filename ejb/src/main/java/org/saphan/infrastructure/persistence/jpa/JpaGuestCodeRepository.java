package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.session.GuestCodeRepository;
import org.saphan.domain.model.session.GuestPass;
import org.saphan.domain.model.session.IssuedGuestCode;

/** Join codes in the {@code guest_code} table (V5, rejoin columns V8), by hash; spent by one conditional UPDATE. */
@ApplicationScoped
public class JpaGuestCodeRepository implements GuestCodeRepository {

    static final String INSERT = "INSERT INTO guest_code (code_hash, booking_reference, issued_by, issued_at, "
            + "expires_at) VALUES (?1, ?2, ?3, ?4, ?5)";

    /** Unused and unexpired, or nothing: the row count says whether this caller spent it. */
    static final String SPEND = "UPDATE guest_code SET used_at = ?1, guest_subject = ?3, rejoin_hash = ?4 "
            + "WHERE code_hash = ?2 AND used_at IS NULL AND expires_at > ?1";

    static final String BOOKING_OF = "SELECT booking_reference FROM guest_code WHERE code_hash = ?1";

    /** The columns in the order {@link #findByRejoin} reads them. */
    static final String FIND_BY_REJOIN = "SELECT booking_reference, guest_subject FROM guest_code "
            + "WHERE rejoin_hash = ?1";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public void store(IssuedGuestCode code) {
        em.createNativeQuery(INSERT)
                .setParameter(1, code.hash())
                .setParameter(2, code.booking().value())
                .setParameter(3, code.issuedBy())
                .setParameter(4, Timestamp.from(code.issuedAt()))
                .setParameter(5, Timestamp.from(code.expiresAt()))
                .executeUpdate();
    }

    @Override
    public Optional<GuestPass> redeem(String hash, Instant now, String guestSubject, String rejoinHash) {
        int spent = em.createNativeQuery(SPEND)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, hash)
                .setParameter(3, guestSubject)
                .setParameter(4, rejoinHash)
                .executeUpdate();
        if (spent != 1) {
            return Optional.empty();
        }
        String booking = (String) em.createNativeQuery(BOOKING_OF).setParameter(1, hash).getSingleResult();
        return Optional.of(new GuestPass(BookingReference.parse(booking), guestSubject));
    }

    @Override
    public Optional<GuestPass> findByRejoin(String rejoinHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FIND_BY_REJOIN).setParameter(1, rejoinHash).getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new GuestPass(BookingReference.parse((String) row[0]), (String) row[1]));
    }
}
