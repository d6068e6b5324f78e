package org.saphan.domain.model.session;

import java.time.Instant;
import org.saphan.domain.model.booking.BookingReference;

/**
 * A join code for a guest's device as it is kept: the SHA-256 of the normalised code, the room it opens, and the
 * subject of the requester who asked for it.
 */
public record IssuedGuestCode(String hash, BookingReference booking, String issuedBy, Instant issuedAt,
        Instant expiresAt) {
}
