package org.saphan.application.gateway;

import java.time.Instant;
import org.saphan.domain.model.booking.BookingReference;

/**
 * Who was in a room, when, how long, how many bytes: never content. The subject, username and agency are the same
 * actor's as when it joined (a guest's subject is its admission, {@code guest-...}).
 */
public record Attendance(BookingReference booking, String participant, String role, String subject,
        String username, String agency, Instant joinedAt, Instant leftAt, long bytesIn, long bytesOut,
        long messagesIn, Integer closeCode) {
}
