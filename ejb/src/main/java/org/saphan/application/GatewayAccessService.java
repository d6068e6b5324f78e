package org.saphan.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.saphan.application.booking.OfferView;
import org.saphan.application.gateway.Grant;

/**
 * Who may open which socket. Tickets are issued to signed-in callers over REST (so that tokens never travel on the
 * socket), single use, short-lived, bound to the subject, the channel and the booking; only their hash is stored.
 */
public interface GatewayAccessService {

    /** A ticket and until when it can be redeemed. */
    record Ticket(String ticket, Instant expiresAt, String booking) {
    }

    /** A one-time join code for the victim's device, and until when it can be used. */
    record GuestCode(String code, Instant expiresAt) {
    }

    /**
     * @param channel {@code notifications} or {@code session}
     * @param booking the booking reference, for a session
     * @param identityExpiresAt when the caller's token expires
     */
    Ticket issueTicket(String channel, String booking, Instant identityExpiresAt);

    GuestCode issueGuestCode(String booking);

    /**
     * A guest let into a room: the ticket for its socket, and the credential with which that one device rejoins the
     * same room as the same participant until {@code rejoinUntil} (when the room closes). The page holds the
     * credential in memory only; a reload forgets it.
     */
    record GuestAdmission(String ticket, Instant expiresAt, String booking, String rejoin, Instant rejoinUntil) {
    }

    /** Redeems a guest code once: a ticket for that booking's room, as a new guest, and its rejoin credential. */
    GuestAdmission redeemGuestCode(String code);

    /**
     * A new ticket for the guest that holds this rejoin credential, as the same participant, while its room is open;
     * the credential stays valid for further rejoins until the room closes.
     */
    GuestAdmission rejoinAsGuest(String rejoin);

    /**
     * Redeems a ticket once, for the channel and room it was issued for; empty when it is unknown, used, expired,
     * for another channel or room, or the room is not open.
     */
    Optional<Grant> redeem(String ticket, Grant.Channel channel, String booking);

    /** An interpreter's open offers, as the interpreter sees them, for a socket that (re)connects. */
    List<OfferView> openOffersOf(long interpreterId);

    /** Whether an identity admitted earlier may stay: the interpreter is still active, the room still open. */
    boolean mayStay(Grant grant);

    /** The room's booking begins (first participant in) or ends (the requester ends it). */
    void sessionStarted(String booking);

    void sessionEnded(String booking);

    /** Who was in a room, when, how long, how many bytes: never content. */
    record Attendance(String booking, String participant, String role, String subject, String username,
            String agency, Instant joinedAt, Instant leftAt, long bytesIn, long bytesOut, long messagesIn,
            Integer closeCode) {
    }

    void recordAttendance(Attendance attendance);
}
