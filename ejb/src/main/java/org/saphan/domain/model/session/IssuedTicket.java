package org.saphan.domain.model.session;

import java.time.Instant;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * A ticket as it is kept: the SHA-256 of the secret (the secret itself leaves only in the answer to its holder) and
 * what it admits to, as whom, until when.
 *
 * @param booking the room, for a session ticket; null for a feed
 * @param role {@code requester}, {@code interpreter}, {@code coordinator} (feeds only) or {@code guest}
 * @param interpreter the interpreter's profile, for an interpreter; null otherwise
 * @param expiresAt until when the ticket can be redeemed
 * @param identityExpiresAt when the identity behind it expires: the socket closes then
 */
public record IssuedTicket(String hash, Channel channel, BookingReference booking, String subject, String username,
        String role, String agency, InterpreterId interpreter, Instant issuedAt, Instant expiresAt,
        Instant identityExpiresAt) {
}
