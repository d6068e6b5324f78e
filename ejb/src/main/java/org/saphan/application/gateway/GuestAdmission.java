package org.saphan.application.gateway;

import java.time.Instant;

/**
 * A guest let into a room: the ticket for its socket, and the credential with which that one device rejoins the same
 * room as the same participant until {@code rejoinUntil} (when the room closes). The page holds the credential in
 * memory only; a reload forgets it.
 */
public record GuestAdmission(String ticket, Instant expiresAt, String booking, String rejoin, Instant rejoinUntil) {
}
