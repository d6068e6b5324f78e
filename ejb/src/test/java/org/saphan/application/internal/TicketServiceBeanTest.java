package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.saphan.application.internal.GatewayFixtures.CLOSES;
import static org.saphan.application.internal.GatewayFixtures.FIVE;
import static org.saphan.application.internal.GatewayFixtures.IN_ROOM;
import static org.saphan.application.internal.GatewayFixtures.OPENS;

import jakarta.ejb.EJBAccessException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.SessionRoomService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.Ticket;
import org.saphan.application.gateway.TicketRequest;
import org.saphan.application.security.Caller;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.IssuedTicket;
import org.saphan.domain.model.session.TicketRepository;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.Sha256;
import org.saphan.domain.model.shared.ValidationException;

/**
 * Tickets for signed-in callers: which feed or room each caller gets, that only the ticket's hash is kept, and that
 * redeeming checks the socket, the identity's expiry and whether the holder may still be there, logging every try.
 */
class TicketServiceBeanTest {

    private static final Instant TOKEN_EXPIRES = IN_ROOM.plusSeconds(600);
    private static final String ROOM = Fixtures.REFERENCE.value();

    private final TicketServiceBean bean = new TicketServiceBean();
    private final TicketRepository repository = mock(TicketRepository.class);
    private final Booking booking = GatewayFixtures.assignedRemote();

    @BeforeEach
    void setUp() {
        bean.scope = mock(CallerScope.class);
        bean.rooms = mock(Rooms.class);
        bean.tickets = new Tickets();
        bean.tickets.repository = repository;
        bean.sessions = mock(SessionRoomService.class);
        bean.audit = mock(AuditTrail.class);
        bean.admissions = mock(AdmissionAudit.class);
        bean.clock = GatewayFixtures.at(IN_ROOM);
        when(bean.rooms.ofCaller(ROOM)).thenReturn(booking);
    }

    private void signedInAs(Caller caller) {
        when(bean.scope.caller()).thenReturn(caller);
        when(bean.scope.isCoordinator()).thenReturn(caller.hasRole(Caller.COORDINATOR));
        when(bean.scope.requesterAgency()).thenReturn(caller.hasRole(Caller.REQUESTER)
                ? caller.agency()
                : Optional.empty());
    }

    private IssuedTicket stored() {
        ArgumentCaptor<IssuedTicket> stored = ArgumentCaptor.forClass(IssuedTicket.class);
        verify(repository).store(stored.capture());
        return stored.getValue();
    }

    @Test
    void anInterpretersFeedTicketIsKeptAsItsHashOnly() {
        signedInAs(GatewayFixtures.INTERPRETER);
        Interpreter aung = GatewayFixtures.interpreter(FIVE, true);
        when(bean.scope.interpreter()).thenReturn(Optional.of(aung));

        Ticket ticket = bean.issue(new TicketRequest("Notifications", null), TOKEN_EXPIRES);

        assertEquals(IN_ROOM.plusSeconds(30), ticket.expiresAt(), "redeemable for 30 seconds");
        assertNull(ticket.booking());
        IssuedTicket kept = stored();
        assertEquals(Sha256.hex(ticket.ticket()), kept.hash());
        assertNotEquals(ticket.ticket(), kept.hash());
        assertEquals(Channel.NOTIFICATIONS, kept.channel());
        assertEquals(Grant.INTERPRETER, kept.role());
        assertEquals(FIVE, kept.interpreter());
        assertEquals("s-aung", kept.subject());
        assertEquals(TOKEN_EXPIRES, kept.identityExpiresAt());
        verify(bean.audit).record(AuditAction.GATEWAY_TICKET, "interpreter", 5L, "notifications");
    }

    @Test
    void aRequestersFeedIsItsAgencysAndACoordinatorsIsEveryBooking() {
        signedInAs(GatewayFixtures.REQUESTER);
        when(bean.scope.interpreter()).thenReturn(Optional.empty());
        bean.issue(new TicketRequest("notifications", null), TOKEN_EXPIRES);
        assertEquals(Grant.REQUESTER, stored().role());
        assertEquals("RTP-TAK", stored().agency());
        verify(bean.audit).record(AuditAction.GATEWAY_TICKET, "agency", "RTP-TAK", "notifications");

        TicketServiceBean other = new TicketServiceBean();
        other.scope = mock(CallerScope.class);
        other.tickets = new Tickets();
        other.tickets.repository = mock(TicketRepository.class);
        other.audit = mock(AuditTrail.class);
        other.clock = bean.clock;
        when(other.scope.caller()).thenReturn(GatewayFixtures.COORDINATOR);
        when(other.scope.isCoordinator()).thenReturn(true);
        when(other.scope.interpreter()).thenReturn(Optional.empty());
        other.issue(new TicketRequest("notifications", null), TOKEN_EXPIRES);
        ArgumentCaptor<IssuedTicket> kept = ArgumentCaptor.forClass(IssuedTicket.class);
        verify(other.tickets.repository).store(kept.capture());
        assertEquals(Grant.COORDINATOR, kept.getValue().role());
        verify(other.audit).record(AuditAction.GATEWAY_TICKET, "feed", Grant.COORDINATOR, "notifications");
    }

    @Test
    void withoutATokenExpiryTheIdentityCountsFiveMinutes() {
        signedInAs(GatewayFixtures.REQUESTER);
        when(bean.scope.interpreter()).thenReturn(Optional.empty());
        bean.issue(new TicketRequest("notifications", null), null);
        assertEquals(IN_ROOM.plusSeconds(300), stored().identityExpiresAt());
    }

    @Test
    void aFeedNeedsAProfileAnAgencyOrTheCoordinatorRole() {
        signedInAs(new Caller("s-x", "x", Set.of(Caller.REQUESTER), Optional.empty()));
        when(bean.scope.interpreter()).thenReturn(Optional.empty());
        assertThrows(EJBAccessException.class, () -> bean.issue(new TicketRequest("notifications", null), null));
        verifyNoInteractions(repository);
    }

    @Test
    void anUnknownOrMissingChannelIsInvalid() {
        signedInAs(GatewayFixtures.REQUESTER);
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> bean.issue(new TicketRequest("radio", null), null));
        assertEquals("Unknown channel 'radio': use notifications or session.", unknown.getMessage());
        assertThrows(ValidationException.class, () -> bean.issue(new TicketRequest(null, null), null));
        verifyNoInteractions(repository);
    }

    @Test
    void theRequesterEntersTheRoomAsRequester() {
        signedInAs(GatewayFixtures.REQUESTER);
        when(bean.scope.viewerOf(booking)).thenReturn(Viewer.REQUESTER);

        Ticket ticket = bean.issue(new TicketRequest("session", ROOM), TOKEN_EXPIRES);

        assertEquals(ROOM, ticket.booking());
        IssuedTicket kept = stored();
        assertEquals(Channel.SESSION, kept.channel());
        assertEquals(Fixtures.REFERENCE, kept.booking());
        assertEquals(Grant.REQUESTER, kept.role());
        assertNull(kept.interpreter());
        verify(bean.audit).record(AuditAction.GATEWAY_TICKET, "booking", ROOM, "session");
    }

    @Test
    void theAssignedInterpreterEntersAsItself() {
        signedInAs(GatewayFixtures.INTERPRETER);
        when(bean.scope.viewerOf(booking)).thenReturn(Viewer.ASSIGNED_INTERPRETER);
        bean.issue(new TicketRequest("session", ROOM), TOKEN_EXPIRES);
        assertEquals(Grant.INTERPRETER, stored().role());
        assertEquals(FIVE, stored().interpreter());
    }

    @Test
    void coordinatorsOverseeButAreNotInTheRoom() {
        signedInAs(GatewayFixtures.COORDINATOR);
        when(bean.scope.viewerOf(booking)).thenReturn(Viewer.COORDINATOR);
        EJBAccessException refused = assertThrows(EJBAccessException.class,
                () -> bean.issue(new TicketRequest("session", ROOM), TOKEN_EXPIRES));
        assertTrue(refused.getMessage().contains("requesters and its interpreter"));
        verifyNoInteractions(repository);
    }

    @Test
    void noTicketForARoomThatIsNotOpen() {
        signedInAs(GatewayFixtures.REQUESTER);
        when(bean.scope.viewerOf(booking)).thenReturn(Viewer.REQUESTER);
        bean.clock = GatewayFixtures.at(OPENS.minusSeconds(1));
        ConflictException early = assertThrows(ConflictException.class,
                () -> bean.issue(new TicketRequest("session", ROOM), TOKEN_EXPIRES));
        assertEquals("room-closed", early.code());
        bean.clock = GatewayFixtures.at(CLOSES);
        assertThrows(ConflictException.class, () -> bean.issue(new TicketRequest("session", ROOM), TOKEN_EXPIRES));
        verifyNoInteractions(repository);
    }

    private Grant grantInRoom(Instant identityExpiresAt) {
        Grant grant = new Grant(Channel.SESSION, Fixtures.REFERENCE, "s-somchai", "somchai", Grant.REQUESTER,
                "RTP-TAK", null, identityExpiresAt);
        when(repository.redeem(Sha256.hex("t-1"), IN_ROOM)).thenReturn(Optional.of(new IssuedTicket(
                Sha256.hex("t-1"), grant.channel(), grant.booking(), grant.subject(), grant.username(), grant.role(),
                grant.agency(), null, IN_ROOM.minusSeconds(5), IN_ROOM.plusSeconds(25), identityExpiresAt)),
                Optional.empty());
        return grant;
    }

    @Test
    void aTicketLetsItsHolderIntoItsRoomOnce() {
        Grant grant = grantInRoom(TOKEN_EXPIRES);
        when(bean.sessions.mayStay(grant)).thenReturn(true);

        assertEquals(Optional.of(grant), bean.redeem("t-1", Channel.SESSION, Fixtures.REFERENCE));
        verify(bean.admissions).socket(grant, Fixtures.REFERENCE, Outcome.ALLOWED, null);

        // the repository spent it: a second try finds nothing
        assertEquals(Optional.empty(), bean.redeem("t-1", Channel.SESSION, Fixtures.REFERENCE));
    }

    @Test
    void aTicketForAnotherRoomIsSpentAndRefused() {
        Grant grant = grantInRoom(TOKEN_EXPIRES);
        BookingReference other = BookingReference.parse("SPH-2026-000999");
        assertEquals(Optional.empty(), bean.redeem("t-1", Channel.SESSION, other));
        verify(bean.admissions).socket(grant, other, Outcome.DENIED, "ticket issued for another socket");
        assertEquals(Optional.empty(), bean.redeem("t-1", Channel.SESSION, other));
    }

    @Test
    void aSessionTicketDoesNotOpenAFeed() {
        Grant grant = grantInRoom(TOKEN_EXPIRES);
        assertEquals(Optional.empty(), bean.redeem("t-1", Channel.NOTIFICATIONS, null));
        verify(bean.admissions).socket(grant, null, Outcome.DENIED, "ticket issued for another socket");
    }

    @Test
    void anExpiredIdentityOrOneThatMayNotStayIsRefused() {
        Grant expired = grantInRoom(IN_ROOM);
        assertEquals(Optional.empty(), bean.redeem("t-1", Channel.SESSION, Fixtures.REFERENCE));
        verify(bean.admissions).socket(expired, Fixtures.REFERENCE, Outcome.DENIED, "no longer admitted");
        verify(bean.sessions, never()).mayStay(any());

        Grant gone = grantInRoom(TOKEN_EXPIRES);
        when(bean.sessions.mayStay(gone)).thenReturn(false);
        assertEquals(Optional.empty(), bean.redeem("t-1", Channel.SESSION, Fixtures.REFERENCE));
        verify(bean.admissions).socket(gone, Fixtures.REFERENCE, Outcome.DENIED, "no longer admitted");
    }

    @Test
    void aMissingOrOverlongTicketIsNotLookedUp() {
        assertEquals(Optional.empty(), bean.redeem(null, Channel.SESSION, Fixtures.REFERENCE));
        assertEquals(Optional.empty(), bean.redeem("", Channel.SESSION, Fixtures.REFERENCE));
        assertEquals(Optional.empty(), bean.redeem("x".repeat(101), Channel.SESSION, Fixtures.REFERENCE));
        verify(repository, never()).redeem(anyString(), any());
        verifyNoInteractions(bean.admissions);
    }
}
