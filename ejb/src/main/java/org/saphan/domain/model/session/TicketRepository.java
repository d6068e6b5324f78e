package org.saphan.domain.model.session;

import java.time.Instant;
import java.util.Optional;

/** The tickets handed out for sockets, by the hash of their secret. */
public interface TicketRepository {

    void store(IssuedTicket ticket);

    /**
     * Spends the ticket at {@code now} if it is unused and unexpired, and answers it as it was issued; empty when it
     * is unknown, used or expired. Implementations spend it in one conditional write, so that a ticket works once even
     * when several servers redeem it at the same moment.
     */
    Optional<IssuedTicket> redeem(String hash, Instant now);
}
