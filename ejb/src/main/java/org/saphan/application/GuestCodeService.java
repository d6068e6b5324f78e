package org.saphan.application;

import org.saphan.application.gateway.GuestAdmission;
import org.saphan.application.gateway.GuestCode;

/**
 * The way into a room for the victim's device, which has no account: a one-time join code the requester makes and
 * reads out, traded once for a ticket and a rejoin credential.
 */
public interface GuestCodeService {

    /** A join code for the room of one of the caller's agency's remote bookings, while the room is open. */
    GuestCode issue(String booking);

    /**
     * Redeems a join code once: a ticket for that booking's room, as a new guest, and its rejoin credential. An
     * unknown, used or expired code is "not found"; a missing one is invalid.
     */
    GuestAdmission redeem(String code);

    /**
     * A new ticket for the guest that holds this rejoin credential, as the same participant, while its room is open;
     * the credential stays valid for further rejoins until the room closes.
     */
    GuestAdmission rejoin(String rejoin);
}
