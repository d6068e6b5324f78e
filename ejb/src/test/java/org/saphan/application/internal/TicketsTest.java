package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.saphan.application.internal.GatewayFixtures.IN_ROOM;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.Ticket;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.IssuedTicket;
import org.saphan.domain.model.session.TicketRepository;
import org.saphan.domain.model.shared.Sha256;

/** A ticket is the grant it stands for, kept under the hash of a secret that only its holder gets. */
class TicketsTest {

    private final Tickets tickets = new Tickets();
    private final Grant grant = new Grant(Channel.SESSION, Fixtures.REFERENCE, "s-aung", "aung", Grant.INTERPRETER,
            null, 5L, IN_ROOM.plusSeconds(900));

    @Test
    void whatIsIssuedIsWhatIsSpent() {
        tickets.repository = mock(TicketRepository.class);
        Ticket ticket = tickets.issue(grant, IN_ROOM);
        assertEquals(Fixtures.REFERENCE.value(), ticket.booking());
        ArgumentCaptor<IssuedTicket> kept = ArgumentCaptor.forClass(IssuedTicket.class);
        verify(tickets.repository).store(kept.capture());
        assertEquals(Sha256.hex(ticket.ticket()), kept.getValue().hash());
        assertEquals(IN_ROOM, kept.getValue().issuedAt());
        assertEquals(IN_ROOM.plus(Tickets.LIFETIME), kept.getValue().expiresAt());

        when(tickets.repository.redeem(Sha256.hex(ticket.ticket()), IN_ROOM)).thenReturn(Optional.of(kept.getValue()));
        assertEquals(Optional.of(grant), tickets.spend(ticket.ticket(), IN_ROOM));
    }

    @Test
    void somethingThatCannotBeATicketIsNotLookedUp() {
        tickets.repository = mock(TicketRepository.class);
        assertEquals(Optional.empty(), tickets.spend(null, IN_ROOM));
        assertEquals(Optional.empty(), tickets.spend("", IN_ROOM));
        assertEquals(Optional.empty(), tickets.spend("t".repeat(Secrets.MAX_LENGTH + 1), IN_ROOM));
        verify(tickets.repository, never()).redeem(anyString(), any());
    }
}
