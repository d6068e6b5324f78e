package org.saphan.application;

import java.util.List;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.OfferView;
import org.saphan.domain.model.interpreter.InterpreterId;

/** An interpreter's offers: what is open to it, and its answers. The first accept wins. */
public interface OfferService {

    List<OfferView> myOffers();

    /** Takes the booking: its details as the assigned interpreter sees them, or a conflict if someone was first. */
    BookingView accept(long offerId);

    void decline(long offerId, String reason);

    /**
     * An interpreter's open offers, as the interpreter sees them, for its feed socket that (re)connects: the gateway
     * asks off the socket's thread, with no caller, for the interpreter its ticket admitted.
     */
    List<OfferView> openOffersOf(InterpreterId interpreter);
}
