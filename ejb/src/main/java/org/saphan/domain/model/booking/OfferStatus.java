package org.saphan.domain.model.booking;

/** Where an offer is; only an {@code OPEN} offer can be answered. */
public enum OfferStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    /** Someone else accepted first, or the booking was cancelled or assigned by hand. */
    WITHDRAWN,
    EXPIRED
}
