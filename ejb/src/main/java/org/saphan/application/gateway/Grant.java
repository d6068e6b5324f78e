package org.saphan.application.gateway;

import java.time.Instant;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.session.Channel;

/**
 * What a redeemed ticket lets one WebSocket do: which channel, which room, as whom. {@code identityExpiresAt} is when
 * the token behind it expires: the socket closes then (1008), as the identity it was opened with is gone.
 *
 * @param booking the room, for a session; null for a feed
 * @param subject the Keycloak subject, or a random id for a guest
 * @param role {@code requester}, {@code interpreter}, {@code coordinator} (feeds only) or {@code guest}
 * @param interpreterId the interpreter's profile id, for an interpreter
 */
public record Grant(Channel channel, BookingReference booking, String subject, String username, String role,
        String agency, Long interpreterId, Instant identityExpiresAt) {

    public static final String REQUESTER = "requester";
    public static final String INTERPRETER = "interpreter";
    public static final String GUEST = "guest";
    /** A coordinator's feed: every booking. */
    public static final String COORDINATOR = "coordinator";
}
