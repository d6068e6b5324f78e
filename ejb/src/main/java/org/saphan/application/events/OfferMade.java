package org.saphan.application.events;

import java.util.Map;

/** An offer went to an interpreter; {@code offer} is the interpreter's view of it (the offer allow-list). */
public record OfferMade(long interpreterId, long offerId, Map<String, Object> offer) {
}
