package org.saphan.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saphan.application.Leases;
import org.saphan.domain.model.booking.BookingReference;

/**
 * Every few seconds, moves each booking that still seeks an interpreter along: expired offers close, the next wave
 * goes out, and bookings past their deadline become UNFILLED; bookings whose time is long over without a check-in or
 * check-out become ENDED_UNCONFIRMED. Each booking in a transaction of its own, under its
 * row lock, so that the work stays right even when two servers run the clock at once; in a cluster only the holder
 * of the lease ticks.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfferClock {

    private static final Logger LOG = Logger.getLogger(OfferClock.class.getName());

    @EJB
    OfferProgress progress;

    @Inject
    Clock clock;

    /** One server of a cluster ticks: the one holding the lease. */
    @Inject
    Leases lease;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tick() {
        if (!lease.hold("offer-clock")) {
            return;
        }
        Instant now = clock.instant();
        for (BookingReference reference : progress.seeking()) {
            try {
                progress.advance(reference, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not move booking " + reference + " along; the next tick tries again", e);
            }
        }
        for (BookingReference reference : progress.overdue(now)) {
            try {
                progress.endUnconfirmed(reference, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mark booking " + reference + " ended; the next tick tries again", e);
            }
        }
    }
}
