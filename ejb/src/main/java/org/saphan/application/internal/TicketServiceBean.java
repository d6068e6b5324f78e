package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.saphan.application.SessionRoomService;
import org.saphan.application.TicketService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.Ticket;
import org.saphan.application.gateway.TicketRequest;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.RoomWindow;

/**
 * Tickets for signed-in callers: an interpreter's feed of offers, a requester's feed of its agency's bookings, a
 * coordinator's feed of all of them, or a place in the room of a booking the caller is in. Redeeming checks the
 * ticket against the socket it opens, and logs every try as a join or a refusal.
 */
@Stateless
public class TicketServiceBean implements TicketService {

    /** How long a socket may stay when the token's expiry is not known. */
    static final Duration UNKNOWN_IDENTITY_LIFETIME = Duration.ofMinutes(5);

    @Inject
    CallerScope scope;

    @Inject
    Rooms rooms;

    @Inject
    Tickets tickets;

    @Inject
    SessionRoomService sessions;

    @Inject
    AuditTrail audit;

    @Inject
    AdmissionAudit admissions;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.INTERPRETER, Caller.COORDINATOR})
    public Ticket issue(TicketRequest request, Instant identityExpiresAt) {
        Instant now = Instant.now(clock);
        Instant identityEnd = identityExpiresAt == null ? now.plus(UNKNOWN_IDENTITY_LIFETIME) : identityExpiresAt;
        return switch (request.toChannel()) {
            case NOTIFICATIONS -> feedTicket(now, identityEnd);
            case SESSION -> roomTicket(request.booking(), now, identityEnd);
        };
    }

    private Ticket feedTicket(Instant now, Instant identityEnd) {
        Optional<Interpreter> me = scope.interpreter();
        if (me.isPresent()) {
            Ticket ticket = tickets.issue(grant(Channel.NOTIFICATIONS, null, Grant.INTERPRETER, me.get().id(),
                    identityEnd), now);
            audit.record(AuditAction.GATEWAY_TICKET, "interpreter", me.get().id().value(), "notifications");
            return ticket;
        }
        if (scope.isCoordinator()) {
            // every booking's changes, as a coordinator sees them
            Ticket ticket = tickets.issue(grant(Channel.NOTIFICATIONS, null, Grant.COORDINATOR, null, identityEnd),
                    now);
            audit.record(AuditAction.GATEWAY_TICKET, "feed", Grant.COORDINATOR, "notifications");
            return ticket;
        }
        // the agency's bookings' changes, as its requesters see them
        String agency = scope.requesterAgency().orElseThrow(() -> new EJBAccessException(
                "The notifications channel needs an interpreter's profile, a requester's agency or the coordinator "
                        + "role."));
        Ticket ticket = tickets.issue(grant(Channel.NOTIFICATIONS, null, Grant.REQUESTER, null, identityEnd), now);
        audit.record(AuditAction.GATEWAY_TICKET, "agency", agency, "notifications");
        return ticket;
    }

    private Ticket roomTicket(String booking, Instant now, Instant identityEnd) {
        Booking b = rooms.ofCaller(booking);
        Viewer viewer = scope.viewerOf(b);
        String role = switch (viewer) {
            case REQUESTER -> Grant.REQUESTER;
            case ASSIGNED_INTERPRETER -> Grant.INTERPRETER;
            // coordinators oversee bookings but are not in the room
            default -> throw new EJBAccessException("Only the booking's requesters and its interpreter join its "
                    + "session.");
        };
        RoomWindow.of(b).requireOpenAt(now);
        InterpreterId interpreter = role.equals(Grant.INTERPRETER) ? b.interpreter().orElse(null) : null;
        Ticket ticket = tickets.issue(grant(Channel.SESSION, b.reference(), role, interpreter, identityEnd), now);
        audit.record(AuditAction.GATEWAY_TICKET, "booking", b.reference().value(), "session");
        return ticket;
    }

    /** What the caller's ticket will grant: the caller's identity, in this role, on this channel. */
    private Grant grant(Channel channel, BookingReference room, String role, InterpreterId interpreter,
            Instant identityEnd) {
        Caller caller = scope.caller();
        return new Grant(channel, room, caller.subject(), caller.username(), role, caller.agency().orElse(null),
                interpreter == null ? null : interpreter.value(), identityEnd);
    }

    @Override
    @PermitAll
    public Optional<Grant> redeem(String ticket, Channel channel, BookingReference room) {
        Instant now = Instant.now(clock);
        Optional<Grant> spent = tickets.spend(ticket, now);
        if (spent.isEmpty()) {
            return Optional.empty();
        }
        Grant grant = spent.get();
        if (grant.channel() != channel || (channel == Channel.SESSION && !grant.booking().equals(room))) {
            // the ticket is spent all the same: a wrong-room try costs it
            admissions.socket(grant, room, Outcome.DENIED, "ticket issued for another socket");
            return Optional.empty();
        }
        if (!grant.identityExpiresAt().isAfter(now) || !sessions.mayStay(grant)) {
            admissions.socket(grant, room, Outcome.DENIED, "no longer admitted");
            return Optional.empty();
        }
        admissions.socket(grant, room, Outcome.ALLOWED, null);
        return Optional.of(grant);
    }
}
