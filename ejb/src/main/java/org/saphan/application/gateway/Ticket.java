package org.saphan.application.gateway;

import java.time.Instant;

/** A ticket and until when it can be redeemed; {@code booking} names the room, for a session ticket. */
public record Ticket(String ticket, Instant expiresAt, String booking) {
}
