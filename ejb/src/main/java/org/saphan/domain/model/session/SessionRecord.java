package org.saphan.domain.model.session;

import java.time.Duration;
import java.time.Instant;
import org.saphan.domain.model.booking.BookingReference;

/**
 * One participant's stay in a room: who, when, how long, how many bytes; never what was said.
 *
 * @param participant the participant's id in the room, as the others saw it
 * @param subject the Keycloak subject, or a guest's admission ({@code guest-...})
 * @param closeCode the WebSocket close code the stay ended with, when known
 */
public record SessionRecord(BookingReference booking, String participant, String role, String subject,
        Instant joinedAt, Instant leftAt, long bytesIn, long bytesOut, long messagesIn, Integer closeCode) {

    public Duration stayed() {
        return Duration.between(joinedAt, leftAt);
    }
}
