package org.saphan.application.events;

import org.saphan.application.booking.OfferView;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.interpreter.InterpreterId;

/** An offer went to an interpreter; {@code offer} is the interpreter's view of it (the offer allow-list). */
public record OfferMade(InterpreterId interpreter, OfferId offerId, OfferView offer) {
}
