package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.saphan.application.audit.AuditTrail;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingStatus;

/**
 * Pseudonymises the details of finished bookings that started before a cutoff, a batch per transaction, each with
 * its entry in the confidentiality log (by Saphan itself). The log's entries are never touched, so the chain still
 * verifies. Not part of any API: the retention clock calls it.
 */
@Stateless
@PermitAll
public class BookingRetention {

    private static final Logger LOG = Logger.getLogger(BookingRetention.class.getName());
    static final int BATCH = 200;

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** @return how many bookings were pseudonymised in this batch */
    public int pseudonymiseOlderThan(Instant cutoff) {
        List<Booking> due = em.createQuery("SELECT b FROM Booking b WHERE b.pseudonymisedAt IS NULL "
                + "AND b.startsAt < :cutoff AND b.status IN :finished ORDER BY b.startsAt", Booking.class)
                .setParameter("cutoff", cutoff)
                .setParameter("finished",
                        List.of(BookingStatus.COMPLETED, BookingStatus.CANCELLED, BookingStatus.NO_SHOW,
                                BookingStatus.ENDED_UNCONFIRMED,
                                BookingStatus.UNFILLED))
                .setMaxResults(BATCH)
                .getResultList();
        Instant now = Instant.now();
        int done = 0;
        for (Booking b : due) {
            if (b.pseudonymise(now)) {
                audit.recordBySystem(AuditAction.BOOKING_PSEUDONYMISE, "booking", b.reference().value(),
                        "retention period over");
                done++;
            }
        }
        if (done > 0) {
            int count = done;
            LOG.info(() -> "Retention: pseudonymised " + count + " finished bookings that started before " + cutoff);
        }
        return done;
    }
}
