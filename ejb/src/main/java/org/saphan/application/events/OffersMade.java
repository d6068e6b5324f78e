package org.saphan.application.events;

import java.util.List;
import java.util.Objects;
import org.saphan.application.booking.OfferView;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * One wave of a booking's offers went out: one event for the whole wave, so that the live feeds render and send it in
 * one pass after the commit instead of being called once per offer.
 *
 * @param offers each offer with its interpreter's view of it (the offer allow-list), in the wave's order
 */
public record OffersMade(BookingReference booking, List<Made> offers) {

    public OffersMade {
        Objects.requireNonNull(booking, "booking");
        offers = List.copyOf(offers);
    }

    /** One offer of the wave: to whom, its id, and what the interpreter may read of it. */
    public record Made(InterpreterId interpreter, OfferId offerId, OfferView offer) {
    }
}
