package org.saphan.domain.model.session;

import org.saphan.domain.model.booking.BookingReference;

/**
 * What a redeemed join code made of a guest: the room, and the guest's identity there ({@code guest-...}), which is
 * nobody's account. The device that holds the pass's rejoin credential comes back as the same guest.
 */
public record GuestPass(BookingReference booking, String guestSubject) {
}
