package org.saphan.application.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.shared.ValidationException;

/** The channel a ticket is asked for, read in any case, and a message that says what is allowed. */
class TicketRequestTest {

    @Test
    void theTwoChannelsInAnyCase() {
        assertEquals(Channel.NOTIFICATIONS, new TicketRequest("notifications", null).toChannel());
        assertEquals(Channel.SESSION, new TicketRequest("Session", "SPH-2026-000123").toChannel());
    }

    @Test
    void anythingElseSaysWhichChannelsThereAre() {
        ValidationException missing = assertThrows(ValidationException.class,
                () -> new TicketRequest(" ", null).toChannel());
        assertEquals("Say which channel: notifications or session.", missing.getMessage());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> new TicketRequest("offers", null).toChannel());
        assertEquals("Unknown channel 'offers': use notifications or session.", unknown.getMessage());
    }
}
