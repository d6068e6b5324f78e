package org.saphan.application.booking;

import java.time.Instant;
import java.util.Optional;
import org.saphan.domain.model.booking.BookingReference;

/**
 * The Idempotency-Keys of booking requests, per subject: which request claimed a key first (by its fingerprint), and
 * the booking it made once it is made. A claim without a booking is a request still in flight, or rolled back.
 */
public interface IdempotencyKeys {

    /** A key's claim: the fingerprint of the request that made it, and its booking once there is one. */
    record Claim(String fingerprint, Optional<BookingReference> booking) {
    }

    Optional<Claim> find(String subject, String key);

    /**
     * Claims the key for a request, in the caller's transaction. A parallel claim of the same key waits until that
     * transaction ends.
     *
     * @return true when the key is now this request's; false when another request claimed it first
     */
    boolean claim(String subject, String key, String fingerprint, Instant now);

    /** The booking the claiming request made. */
    void complete(String subject, String key, BookingReference booking);
}
