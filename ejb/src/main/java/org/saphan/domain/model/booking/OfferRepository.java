package org.saphan.domain.model.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.interpreter.InterpreterId;

/** All offers, as a collection. */
public interface OfferRepository {

    Optional<Offer> find(OfferId id);

    /** Every offer ever made for the booking, all waves, so that nobody is offered it twice. */
    List<Offer> findByBooking(BookingReference booking);

    /** An interpreter's open offers, soonest expiry first. */
    List<Offer> findOpenFor(InterpreterId interpreter);

    /** Open offers whose time ran out at {@code now}: to expire, and then to send the next wave. */
    List<Offer> findOpenExpiredBy(Instant now);

    void storeAll(Collection<Offer> offers);

    void store(Offer offer);
}
