package org.saphan.application.events;

import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.interpreter.InterpreterId;

/** An open offer was taken back: someone else accepted, or the booking was cancelled, assigned or unfilled. */
public record OfferWithdrawn(InterpreterId interpreter, OfferId offerId) {
}
