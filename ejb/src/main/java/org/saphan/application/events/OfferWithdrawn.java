package org.saphan.application.events;

/** An open offer was taken back: someone else accepted, or the booking was cancelled, assigned or unfilled. */
public record OfferWithdrawn(long interpreterId, long offerId) {
}
