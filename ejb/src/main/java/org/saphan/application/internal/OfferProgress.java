package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.infrastructure.persistence.jpa.JpaBookingRepository;

/** The offer clock's unit of work: one booking, one transaction. Not part of any API. */
@Stateless
@PermitAll
public class OfferProgress {

    @Inject
    JpaBookingRepository bookings;

    @Inject
    OfferDispatcher dispatcher;

    public List<BookingReference> seeking() {
        return bookings.findSeeking();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void advance(BookingReference reference, Instant now) {
        bookings.findForUpdate(reference).ifPresent(b -> dispatcher.advance(b, now));
    }
}
