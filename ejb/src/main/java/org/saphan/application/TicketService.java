package org.saphan.application;

import java.time.Instant;
import java.util.Optional;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.Ticket;
import org.saphan.application.gateway.TicketRequest;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.session.Channel;

/**
 * Who may open which socket. Tickets are issued to signed-in callers over REST (so that tokens never travel on the
 * socket), single use, short-lived, bound to the subject, the channel and the booking; only their hash is stored.
 */
public interface TicketService {

    /**
     * A ticket for the caller's feed, or for the room of a booking it is in (its requesters and its interpreter).
     *
     * @param identityExpiresAt when the caller's token expires; the socket closes then
     */
    Ticket issue(TicketRequest request, Instant identityExpiresAt);

    /**
     * Redeems a ticket once, for the channel and room it was issued for; empty when it is unknown, used, expired,
     * for another channel or room, or the room is not open. Every try is in the confidentiality log.
     *
     * @param room the room the socket asks for; null for a feed
     */
    Optional<Grant> redeem(String ticket, Channel channel, BookingReference room);
}
