package org.saphan.domain.model.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;

/** All offers, as a collection. */
public interface OfferRepository {

    Optional<Offer> find(OfferId id);

    /**
     * The offer as it is in the database now, read again even if it was loaded before in this transaction: after
     * taking the booking's lock, an offer may have been withdrawn or answered meanwhile.
     */
    Optional<Offer> findCurrent(OfferId id);

    /** The offer read again as {@link #findCurrent}, its row locked until the transaction ends. */
    Optional<Offer> findCurrentForUpdate(OfferId id);

    /** Every offer ever made for the booking, all waves, so that nobody is offered it twice. */
    List<Offer> findByBooking(BookingReference booking);

    /** An interpreter's open offers, soonest expiry first. */
    List<Offer> findOpenFor(InterpreterId interpreter);

    /** Open offers whose time ran out at {@code now}: to expire, and then to send the next wave. */
    List<Offer> findOpenExpiredBy(Instant now);

    /** The interpreter's open offers for bookings of one agency's case. */
    List<Offer> findOpenForCase(String agency, CaseCode caseCode, InterpreterId interpreter);

    /** Adds new offers and writes them at once, so that each has its id to be sent to its interpreter. */
    void storeAll(Collection<Offer> offers);

    void store(Offer offer);
}
