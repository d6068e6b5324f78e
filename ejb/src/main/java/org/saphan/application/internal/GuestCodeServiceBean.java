package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.application.GuestCodeService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.gateway.GuestAdmission;
import org.saphan.application.gateway.GuestCode;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.Ticket;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.GuestCodeRepository;
import org.saphan.domain.model.session.GuestPass;
import org.saphan.domain.model.session.IssuedGuestCode;
import org.saphan.domain.model.session.RoomWindow;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.ValidationException;

/**
 * Join codes: made by a requester for its booking's room, valid for {@link #LIFETIME} or until the room closes,
 * redeemed once for a ticket as a new guest and a rejoin credential, which lets that one device come back as the same
 * guest until the room closes. Codes and credentials are stored only as hashes. How many wrong codes one address may
 * try is the REST interface's limit, as only wrong codes count and only the interface knows the address.
 */
@Stateless
public class GuestCodeServiceBean implements GuestCodeService {

    private static final Logger LOG = Logger.getLogger(GuestCodeServiceBean.class.getName());

    static final Duration LIFETIME = Duration.ofMinutes(15);

    @Inject
    CallerScope scope;

    @Inject
    Rooms rooms;

    @Inject
    BookingRepository bookings;

    @Inject
    GuestCodeRepository codes;

    @Inject
    Tickets tickets;

    @Inject
    AuditTrail audit;

    @Inject
    AdmissionAudit admissions;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed(Caller.REQUESTER)
    public GuestCode issue(String booking) {
        Booking b = rooms.ofCaller(booking);
        if (scope.viewerOf(b) != Viewer.REQUESTER) {
            throw CallerScope.notFound(booking);
        }
        Instant now = Instant.now(clock);
        RoomWindow room = RoomWindow.of(b);
        room.requireOpenAt(now);
        Instant expires = now.plus(LIFETIME).isBefore(room.closesAt()) ? now.plus(LIFETIME) : room.closesAt();
        String code = Secrets.joinCode();
        String issuedBy = scope.caller().subject();
        codes.store(new IssuedGuestCode(Secrets.hash(Secrets.normaliseCode(code)), b.reference(), issuedBy, now,
                expires));
        audit.record(AuditAction.GUEST_CODE_ISSUE, "booking", b.reference().value(), null);
        LOG.info(() -> "Guest code issued for booking " + b.reference() + " by subject " + issuedBy);
        return new GuestCode(code, expires);
    }

    @Override
    @PermitAll
    public GuestAdmission redeem(String code) {
        String normal = Secrets.normaliseCode(ValidationException.requireText(code, "code",
                "The join code is missing."));
        Instant now = Instant.now(clock);
        // a guest is nobody's account: its identity is this admission, valid while the room is open
        String guestSubject = "guest-" + Secrets.random().substring(0, 12);
        String rejoin = Secrets.random();
        GuestPass pass = codes.redeem(Secrets.hash(normal), now, guestSubject, Secrets.hash(rejoin))
                .orElseThrow(() -> new NotFoundException("valid join code", "like that; ask the officer for a new "
                        + "one"));
        GuestAdmission admission = admit(pass, rejoin, now);
        admissions.guest(AuditAction.GUEST_CODE_REDEEM, guestSubject, pass.booking());
        return admission;
    }

    @Override
    @PermitAll
    public GuestAdmission rejoin(String rejoin) {
        String credential = ValidationException.requireText(rejoin, "rejoin", "The rejoin credential is missing.");
        Optional<GuestPass> pass = credential.length() > Secrets.MAX_LENGTH
                ? Optional.empty()
                : codes.findByRejoin(Secrets.hash(credential));
        if (pass.isEmpty()) {
            throw new NotFoundException("guest admission", "like that; ask the officer for a new code");
        }
        // valid while the room is open: once it ended or closed, the credential opens nothing
        GuestAdmission admission = admit(pass.get(), credential, Instant.now(clock));
        admissions.guest(AuditAction.GUEST_REJOIN, pass.get().guestSubject(), pass.get().booking());
        return admission;
    }

    /** A ticket to the pass's room as its guest, valid while the room is open; a conflict when it is not. */
    private GuestAdmission admit(GuestPass pass, String rejoin, Instant now) {
        Booking b = bookings.find(pass.booking()).orElseThrow();
        RoomWindow room = RoomWindow.of(b);
        room.requireOpenAt(now);
        Ticket ticket = tickets.issue(new Grant(Channel.SESSION, pass.booking(), pass.guestSubject(), null,
                Grant.GUEST, null, null, room.closesAt()), now);
        return new GuestAdmission(ticket.ticket(), ticket.expiresAt(), ticket.booking(), rejoin, room.closesAt());
    }
}
