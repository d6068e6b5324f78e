package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.events.BookingChanged;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;

/** The offer clock's units of work: one booking, one transaction. Not part of any API. */
@Stateless
@PermitAll
public class OfferProgress {

    @Inject
    BookingRepository bookings;

    @Inject
    OfferDispatcher dispatcher;

    @Inject
    AuditTrail audit;

    @Inject
    Event<BookingChanged> bookingChanged;

    public List<BookingReference> seeking() {
        return bookings.findSeeking();
    }

    /** Bookings still assigned or in progress that started more than a day ago or whose end may be past. */
    public List<BookingReference> overdue(Instant now) {
        return bookings.findUnendedStartedBefore(now.minus(Booking.END_GRACE));
    }

    /** Marks one overdue booking {@code ENDED_UNCONFIRMED}, under its lock, with Saphan's own entry in the log. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void endUnconfirmed(BookingReference reference, Instant now) {
        bookings.findForUpdate(reference).ifPresent(b -> {
            if (b.endUnconfirmed(now)) {
                bookingChanged.fire(new BookingChanged(b.reference()));
                audit.recordBySystem(AuditAction.BOOKING_ENDED_UNCONFIRMED, "booking", b.reference().value(),
                        b.statusReason().orElse(null));
            }
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void advance(BookingReference reference, Instant now) {
        bookings.findForUpdate(reference).ifPresent(b -> dispatcher.advance(b, now));
    }
}
