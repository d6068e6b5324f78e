package org.saphan.application.internal;

import org.saphan.domain.model.shared.Sha256;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.application.GatewayAccessService;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.booking.OfferView;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.Grant.Channel;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.audit.Actor;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.ValidationException;
import org.saphan.infrastructure.persistence.jpa.JpaAssignmentRepository;
import org.saphan.infrastructure.persistence.jpa.JpaBookingRepository;
import org.saphan.infrastructure.persistence.jpa.JpaOfferRepository;

/**
 * Tickets and guest codes are random secrets handed out once; the database keeps only their SHA-256. Redeeming is
 * one conditional UPDATE (unused and unexpired), so a ticket works once even with several servers.
 */
@Stateless
public class GatewayAccessServiceBean implements GatewayAccessService {

    private static final Logger LOG = Logger.getLogger(GatewayAccessServiceBean.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: a code read aloud or typed on a phone survives it. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    static final Duration TICKET_LIFETIME = Duration.ofSeconds(30);
    static final Duration GUEST_CODE_LIFETIME = Duration.ofMinutes(15);
    /** A room opens this long before its booking starts... */
    static final Duration ROOM_OPENS_BEFORE = Duration.ofMinutes(15);
    /** ...and closes this long after its booking should have ended. */
    static final Duration ROOM_CLOSES_AFTER = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    JpaAssignmentRepository assignments;

    @Inject
    CallerScope scope;

    @Inject
    JpaBookingRepository bookings;

    @Inject
    JpaOfferRepository offers;

    @Inject
    AuditTrail audit;

    @Inject
    Event<BookingChanged> bookingChanged;

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.INTERPRETER, Caller.COORDINATOR})
    public Ticket issueTicket(String channel, String booking, Instant identityExpiresAt) {
        Caller caller = scope.caller();
        Instant now = Instant.now();
        String kind = ValidationException.requireText(channel, "channel",
                "Say which channel: notifications or session.").toLowerCase(Locale.ROOT);
        String ticket = secret();
        switch (kind) {
            case "notifications" -> {
                Optional<Interpreter> me = scope.interpreter();
                if (me.isPresent()) {
                    store(ticket, Channel.NOTIFICATIONS, null, caller, Grant.INTERPRETER, me.get().id().value(), now,
                            identityExpiresAt);
                    audit.record(AuditAction.GATEWAY_TICKET, "interpreter", me.get().id().value(), "notifications");
                } else if (scope.isCoordinator()) {
                    // every booking's changes, as a coordinator sees them
                    store(ticket, Channel.NOTIFICATIONS, null, caller, Grant.COORDINATOR, null, now,
                            identityExpiresAt);
                    audit.record(AuditAction.GATEWAY_TICKET, "feed", Grant.COORDINATOR, "notifications");
                } else {
                    // the agency's bookings' changes, as its requesters see them
                    String agency = scope.requesterAgency().orElseThrow(() -> new EJBAccessException(
                            "The notifications channel needs an interpreter's profile, a requester's agency or the "
                                    + "coordinator role."));
                    store(ticket, Channel.NOTIFICATIONS, null, caller, Grant.REQUESTER, null, now,
                            identityExpiresAt);
                    audit.record(AuditAction.GATEWAY_TICKET, "agency", agency, "notifications");
                }
                return new Ticket(ticket, now.plus(TICKET_LIFETIME), null);
            }
            case "session" -> {
                Booking b = roomBooking(booking);
                Viewer viewer = scope.viewerOf(b);
                String role = switch (viewer) {
                    case REQUESTER -> Grant.REQUESTER;
                    case ASSIGNED_INTERPRETER -> Grant.INTERPRETER;
                    // coordinators oversee bookings but are not in the room
                    default -> throw new EJBAccessException("Only the booking's requesters and its interpreter join "
                            + "its session.");
                };
                requireRoomOpen(b, now);
                Long interpreterId = role.equals(Grant.INTERPRETER)
                        ? b.interpreter().map(InterpreterId::value)
                                .orElse(null)
                        : null;
                store(ticket, Channel.SESSION, b.reference().value(), caller, role, interpreterId, now,
                        identityExpiresAt);
                audit.record(AuditAction.GATEWAY_TICKET, "booking", b.reference().value(), "session");
                return new Ticket(ticket, now.plus(TICKET_LIFETIME), b.reference().value());
            }
            default -> throw new ValidationException("channel", "Unknown channel '" + channel
                    + "': use notifications or session.");
        }
    }

    @Override
    @RolesAllowed(Caller.REQUESTER)
    public GuestCode issueGuestCode(String booking) {
        Booking b = roomBooking(booking);
        if (scope.viewerOf(b) != Viewer.REQUESTER) {
            throw CallerScope.notFound(booking);
        }
        Instant now = Instant.now();
        requireRoomOpen(b, now);
        Instant closes = roomClosesAt(b);
        Instant expires = now.plus(GUEST_CODE_LIFETIME).isBefore(closes) ? now.plus(GUEST_CODE_LIFETIME) : closes;
        String code = guestCode();
        em.createNativeQuery("INSERT INTO guest_code (code_hash, booking_reference, issued_by, issued_at, expires_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, hash(normaliseCode(code)))
                .setParameter(2, b.reference().value())
                .setParameter(3, scope.caller().subject())
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(expires))
                .executeUpdate();
        audit.record(AuditAction.GUEST_CODE_ISSUE, "booking", b.reference().value(), null);
        LOG.info(() -> "Guest code issued for booking " + b.reference() + " by subject " + scope.caller().subject());
        return new GuestCode(code, expires);
    }

    @Override
    @PermitAll
    public GuestAdmission redeemGuestCode(String code) {
        String normal = normaliseCode(ValidationException.requireText(code, "code", "The join code is missing."));
        Instant now = Instant.now();
        String h = hash(normal);
        // a guest is nobody's account: its identity is this admission, valid while the room is open
        String guestId = "guest-" + secret().substring(0, 12);
        String rejoin = secret();
        int used = em.createNativeQuery("UPDATE guest_code SET used_at = ?1, guest_subject = ?3, rejoin_hash = ?4 "
                + "WHERE code_hash = ?2 AND used_at IS NULL AND expires_at > ?1")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, h)
                .setParameter(3, guestId)
                .setParameter(4, hash(rejoin))
                .executeUpdate();
        if (used != 1) {
            throw new NotFoundException("valid join code", "like that; ask the officer for a new one");
        }
        String reference = (String) em.createNativeQuery("SELECT booking_reference FROM guest_code "
                + "WHERE code_hash = ?1").setParameter(1, h).getSingleResult();
        Booking b = bookings.find(BookingReference.parse(reference)).orElseThrow();
        requireRoomOpen(b, now);
        String ticket = secret();
        store(ticket, Channel.SESSION, reference, guestId, null, Grant.GUEST, null, null, now, roomClosesAt(b));
        audit.append(AuditRecord.of(new Actor(guestId, null, Grant.GUEST, null), AuditAction.GUEST_CODE_REDEEM,
                "booking", reference, Outcome.ALLOWED, null, audit.requestId()));
        return new GuestAdmission(ticket, now.plus(TICKET_LIFETIME), reference, rejoin, roomClosesAt(b));
    }

    @Override
    @PermitAll
    public GuestAdmission rejoinAsGuest(String rejoin) {
        String credential = ValidationException.requireText(rejoin, "rejoin", "The rejoin credential is missing.");
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = credential.length() > 100
                ? List.of()
                : em.createNativeQuery("SELECT booking_reference, guest_subject FROM guest_code "
                        + "WHERE rejoin_hash = ?1").setParameter(1, hash(credential)).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("guest admission", "like that; ask the officer for a new code");
        }
        String reference = (String) rows.get(0)[0];
        String guestId = (String) rows.get(0)[1];
        Booking b = bookings.find(BookingReference.parse(reference)).orElseThrow();
        // valid while the room is open: once it ended or closed, the credential opens nothing
        requireRoomOpen(b, now);
        String ticket = secret();
        store(ticket, Channel.SESSION, reference, guestId, null, Grant.GUEST, null, null, now, roomClosesAt(b));
        audit.append(AuditRecord.of(new Actor(guestId, null, Grant.GUEST, null), AuditAction.GUEST_REJOIN,
                "booking", reference, Outcome.ALLOWED, null, audit.requestId()));
        return new GuestAdmission(ticket, now.plus(TICKET_LIFETIME), reference, credential, roomClosesAt(b));
    }

    @Override
    @PermitAll
    public Optional<Grant> redeem(String ticket, Channel channel, String booking) {
        if (ticket == null || ticket.isEmpty() || ticket.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        String h = hash(ticket);
        int used = em.createNativeQuery("UPDATE gateway_ticket SET used_at = ?1 WHERE ticket_hash = ?2 "
                + "AND used_at IS NULL AND expires_at > ?1")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, h)
                .executeUpdate();
        if (used != 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT channel, booking_reference, subject, participant_role, "
                + "agency, interpreter_id, identity_expires_at, username FROM gateway_ticket WHERE ticket_hash = ?1")
                .setParameter(1, h)
                .getSingleResult();
        Grant grant = new Grant(Channel.valueOf((String) row[0]), (String) row[1], (String) row[2], (String) row[7],
                (String) row[3], (String) row[4], row[5] == null ? null : ((Number) row[5]).longValue(),
                instant(row[6]));
        if (grant.channel() != channel || (channel == Channel.SESSION && !grant.booking().equals(booking))) {
            // the ticket is spent all the same: a wrong-room try costs it
            admission(grant, booking, Outcome.DENIED, "ticket issued for another socket");
            return Optional.empty();
        }
        if (!grant.identityExpiresAt().isAfter(now) || !mayStay(grant)) {
            admission(grant, booking, Outcome.DENIED, "no longer admitted");
            return Optional.empty();
        }
        admission(grant, booking, Outcome.ALLOWED, null);
        return Optional.of(grant);
    }

    /** A socket admitted or refused: a join of the room (or of the feed), by the ticket's holder. */
    private void admission(Grant grant, String socketBooking, Outcome outcome, String why) {
        boolean session = grant.channel() == Channel.SESSION;
        String feedType = grant.interpreterId() != null
                ? "interpreter"
                : Grant.COORDINATOR.equals(grant.role()) ? "feed" : "agency";
        Object feedId = grant.interpreterId() != null
                ? grant.interpreterId()
                : Grant.COORDINATOR.equals(grant.role()) ? Grant.COORDINATOR : grant.agency();
        audit.append(AuditRecord.of(actorOf(grant), session ? AuditAction.SESSION_JOIN : AuditAction.GATEWAY_TICKET,
                session ? "booking" : feedType, session
                        ? (socketBooking == null ? grant.booking() : socketBooking)
                        : feedId,
                outcome, why == null ? (session ? null : "notifications socket opened") : why, audit.requestId()));
    }

    private static Actor actorOf(Grant grant) {
        return new Actor(grant.subject(), grant.username(), grant.role(), grant.agency());
    }

    @Override
    @PermitAll
    public List<OfferView> openOffersOf(long interpreterId) {
        Instant now = Instant.now();
        List<OfferView> views = new ArrayList<>();
        for (Offer offer : offers.findOpenFor(InterpreterId.of(interpreterId))) {
            if (!offer.isExpiredAt(now)) {
                bookings.find(offer.booking()).ifPresent(b -> views.add(BookingViews.offer(offer, b)));
            }
        }
        return views;
    }

    @Override
    @PermitAll
    public boolean mayStay(Grant grant) {
        if (grant.interpreterId() != null) {
            Interpreter i = em.find(Interpreter.class, grant.interpreterId());
            if (i == null || !i.isActive()) {
                return false;
            }
        }
        if (grant.channel() == Channel.SESSION) {
            Optional<Booking> b = bookings.find(BookingReference.parse(grant.booking()));
            if (b.isEmpty() || !roomStatus(b.get()) || !Instant.now().isBefore(roomClosesAt(b.get()))) {
                return false;
            }
            if (grant.role().equals(Grant.INTERPRETER)
                    && !b.get().isAssignedTo(InterpreterId.of(grant.interpreterId()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    @PermitAll
    public void sessionStarted(String booking) {
        bookings.findForUpdate(BookingReference.parse(booking))
                .filter(b -> b.status() == BookingStatus.ASSIGNED)
                .ifPresent(b -> {
                    b.start(Instant.now());
                    bookingChanged.fire(new BookingChanged(b.reference()));
                });
    }

    @Override
    @PermitAll
    public void sessionEnded(String booking) {
        Instant now = Instant.now();
        bookings.findForUpdate(BookingReference.parse(booking))
                .filter(b -> b.status() == BookingStatus.IN_PROGRESS)
                .ifPresent(b -> {
                    b.complete(now);
                    // the actual end frees the interpreter for the rest of the scheduled window
                    assignments.findByBooking(b.reference()).filter(Assignment::isActive).ifPresent(a -> a.end(now));
                    bookingChanged.fire(new BookingChanged(b.reference()));
                });
        audit.recordBySystem(AuditAction.SESSION_END, "booking", booking, "the requester ended the session");
    }

    @Override
    @PermitAll
    public void recordAttendance(Attendance a) {
        em.createNativeQuery("INSERT INTO session_record (booking_reference, participant, participant_role, subject, "
                + "joined_at, left_at, duration_seconds, bytes_in, bytes_out, messages_in, close_code) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, a.booking())
                .setParameter(2, a.participant())
                .setParameter(3, a.role())
                .setParameter(4, a.subject())
                .setParameter(5, Timestamp.from(a.joinedAt()))
                .setParameter(6, Timestamp.from(a.leftAt()))
                .setParameter(7, Duration.between(a.joinedAt(), a.leftAt()).toSeconds())
                .setParameter(8, a.bytesIn())
                .setParameter(9, a.bytesOut())
                .setParameter(10, a.messagesIn())
                .setParameter(11, a.closeCode())
                .executeUpdate();
        // who, when, how long, how many bytes: never what was said
        // the same actor as at the join: the subject (a guest's is its admission, guest-...), username and agency
        audit.append(AuditRecord.of(new Actor(a.subject() == null ? a.participant() : a.subject(), a.username(),
                a.role(), a.agency()), AuditAction.SESSION_LEAVE, "booking", a.booking(), Outcome.ALLOWED,
                "stayed " + Duration.between(a.joinedAt(), a.leftAt()).toSeconds() + " s, " + a.bytesIn()
                        + " bytes in, " + a.bytesOut() + " bytes out, close code " + a.closeCode(),
                null));
    }

    private void store(String ticket, Channel channel, String booking, Caller caller, String role,
            Long interpreterId, Instant now, Instant identityExpiresAt) {
        Instant identityEnd = identityExpiresAt == null ? now.plus(Duration.ofMinutes(5)) : identityExpiresAt;
        store(ticket, channel, booking, caller.subject(), caller.username(), role, caller.agency().orElse(null),
                interpreterId, now, identityEnd);
    }

    /** Keeps the ticket's hash and what it admits; the ticket itself leaves only in the answer. */
    private void store(String ticket, Channel channel, String booking, String subject, String username, String role,
            String agency, Long interpreterId, Instant now, Instant identityEnd) {
        em.createNativeQuery("INSERT INTO gateway_ticket (ticket_hash, channel, booking_reference, subject, username, "
                + "participant_role, agency, interpreter_id, issued_at, expires_at, identity_expires_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, hash(ticket))
                .setParameter(2, channel.name())
                .setParameter(3, booking)
                .setParameter(4, subject)
                .setParameter(5, username)
                .setParameter(6, role)
                .setParameter(7, agency)
                .setParameter(8, interpreterId)
                .setParameter(9, Timestamp.from(now))
                .setParameter(10, Timestamp.from(now.plus(TICKET_LIFETIME)))
                .setParameter(11, Timestamp.from(identityEnd))
                .executeUpdate();
    }

    private Booking roomBooking(String booking) {
        BookingReference ref = BookingReference.tryParse(booking)
                .orElseThrow(() -> new ValidationException("booking", "Say which booking's session, such as "
                        + "SPH-2026-000123."));
        Booking b = bookings.find(ref).orElseThrow(() -> CallerScope.notFound(ref.value()));
        scope.viewerOf(b); // 404 when it is not the caller's
        if (b.mode() != Mode.REMOTE) {
            throw new ConflictException("not-remote", "Booking " + ref + " is on site: it has no session room.");
        }
        return b;
    }

    private static boolean roomStatus(Booking b) {
        return b.status() == BookingStatus.ASSIGNED || b.status() == BookingStatus.IN_PROGRESS;
    }

    private static void requireRoomOpen(Booking b, Instant now) {
        if (!roomStatus(b)) {
            throw new ConflictException("room-closed", "Booking " + b.reference() + " is " + b.status()
                    + ": its room opens once an interpreter is assigned.");
        }
        Instant opens = b.start().minus(ROOM_OPENS_BEFORE);
        if (now.isBefore(opens)) {
            throw new ConflictException("room-closed", "The room of booking " + b.reference() + " opens at " + opens
                    + ", shortly before the start.");
        }
        if (!now.isBefore(roomClosesAt(b))) {
            throw new ConflictException("room-closed", "The room of booking " + b.reference() + " has closed.");
        }
    }

    static Instant roomClosesAt(Booking b) {
        return b.window().end().plus(ROOM_CLOSES_AFTER);
    }

    private static Instant instant(Object column) {
        if (column instanceof Timestamp t) {
            return t.toInstant();
        }
        if (column instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        if (column instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) column;
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String guestCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normaliseCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
