package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the subprotocols of a handshake, and the ticket among them. */
class HandshakesTest {

    @Test
    void subprotocolsOfEveryHeaderInOrderTrimmed() {
        List<String> protocols = Handshakes.subprotocols(Collections.enumeration(List.of(
                "saphan.v1, ticket.abc", " ,other ", "ticket.second")));
        assertEquals(List.of("saphan.v1", "ticket.abc", "other", "ticket.second"), protocols);
    }

    @Test
    void noHeaderIsNoProtocol() {
        assertTrue(Handshakes.subprotocols(null).isEmpty());
        assertTrue(Handshakes.subprotocols(Collections.emptyEnumeration()).isEmpty());
    }

    @Test
    void theTicketIsTheFirstTicketProtocolWithoutItsPrefix() {
        assertEquals(Optional.of("abc"), Handshakes.ticket(List.of("saphan.v1", "ticket.abc", "ticket.def")));
        assertEquals(Optional.of(""), Handshakes.ticket(List.of("ticket.")));
        assertEquals(Optional.empty(), Handshakes.ticket(List.of("saphan.v1", "tickets.abc", "Ticket.abc")));
    }
}
