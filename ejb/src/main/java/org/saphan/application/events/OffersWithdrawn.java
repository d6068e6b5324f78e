package org.saphan.application.events;

import java.util.List;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * Open offers were taken back in one act (someone else accepted, the booking was cancelled, assigned or unfilled, or
 * their interpreters can no longer take them): one event for all of them, each interpreter told of its own.
 */
public record OffersWithdrawn(List<Withdrawn> offers) {

    public OffersWithdrawn {
        offers = List.copyOf(offers);
    }

    /** One offer taken back, and whose it was. */
    public record Withdrawn(InterpreterId interpreter, OfferId offerId) {
    }
}
