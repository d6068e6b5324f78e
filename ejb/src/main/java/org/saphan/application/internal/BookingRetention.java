package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.saphan.application.audit.AuditTrail;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;

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

    @Inject
    BookingRepository bookings;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** @return how many bookings were pseudonymised in this batch */
    public int pseudonymiseOlderThan(Instant cutoff) {
        List<Booking> due = bookings.findFinishedNotPseudonymisedBefore(cutoff, BATCH);
        Instant now = clock.instant();
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
