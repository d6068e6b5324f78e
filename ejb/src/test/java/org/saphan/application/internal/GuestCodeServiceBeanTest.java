package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.saphan.application.internal.GatewayFixtures.CLOSES;
import static org.saphan.application.internal.GatewayFixtures.IN_ROOM;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.GuestAdmission;
import org.saphan.application.gateway.GuestCode;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.GuestCodeRepository;
import org.saphan.domain.model.session.GuestPass;
import org.saphan.domain.model.session.IssuedGuestCode;
import org.saphan.domain.model.session.IssuedTicket;
import org.saphan.domain.model.session.TicketRepository;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.Sha256;
import org.saphan.domain.model.shared.ValidationException;

/**
 * Join codes: what the requester gets and what is kept of it, a code that admits one device once as a new guest,
 * and the rejoin credential that brings that device back as the same guest while the room is open.
 */
class GuestCodeServiceBeanTest {

    private static final String ROOM = Fixtures.REFERENCE.value();

    private final GuestCodeServiceBean bean = new GuestCodeServiceBean();
    private final GuestCodeRepository codes = mock(GuestCodeRepository.class);
    private final TicketRepository tickets = mock(TicketRepository.class);
    private final Booking booking = GatewayFixtures.assignedRemote();

    @BeforeEach
    void setUp() {
        bean.scope = mock(CallerScope.class);
        bean.rooms = mock(Rooms.class);
        bean.bookings = mock(BookingRepository.class);
        bean.codes = codes;
        bean.tickets = new Tickets();
        bean.tickets.repository = tickets;
        bean.audit = mock(AuditTrail.class);
        bean.admissions = mock(AdmissionAudit.class);
        bean.clock = GatewayFixtures.at(IN_ROOM);
        when(bean.scope.caller()).thenReturn(GatewayFixtures.REQUESTER);
        when(bean.rooms.ofCaller(ROOM)).thenReturn(booking);
        when(bean.scope.viewerOf(booking)).thenReturn(Viewer.REQUESTER);
        when(bean.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
    }

    private IssuedGuestCode storedCode() {
        ArgumentCaptor<IssuedGuestCode> stored = ArgumentCaptor.forClass(IssuedGuestCode.class);
        verify(codes).store(stored.capture());
        return stored.getValue();
    }

    private IssuedTicket storedTicket() {
        ArgumentCaptor<IssuedTicket> stored = ArgumentCaptor.forClass(IssuedTicket.class);
        verify(tickets).store(stored.capture());
        return stored.getValue();
    }

    @Test
    void aCodeIsTenCharactersThatSurviveBeingReadAloudAndOnlyItsHashIsKept() {
        GuestCode code = bean.issue(ROOM);

        assertTrue(code.code().matches("[" + Secrets.CODE_ALPHABET + "]{5}-[" + Secrets.CODE_ALPHABET + "]{5}"),
                code.code());
        assertEquals(IN_ROOM.plusSeconds(15 * 60), code.expiresAt());
        IssuedGuestCode kept = storedCode();
        assertEquals(Sha256.hex(code.code().replace("-", "")), kept.hash());
        assertEquals(Fixtures.REFERENCE, kept.booking());
        assertEquals("s-somchai", kept.issuedBy());
        verify(bean.audit).record(AuditAction.GUEST_CODE_ISSUE, "booking", ROOM, null);
    }

    @Test
    void aCodeMadeShortlyBeforeTheRoomClosesLastsOnlyUntilThen() {
        bean.clock = GatewayFixtures.at(CLOSES.minusSeconds(300));
        assertEquals(CLOSES, bean.issue(ROOM).expiresAt());
    }

    @Test
    void onlyTheBookingsRequestersMakeCodesAndOnlyWhileItsRoomIsOpen() {
        when(bean.scope.viewerOf(booking)).thenReturn(Viewer.ASSIGNED_INTERPRETER);
        assertThrows(NotFoundException.class, () -> bean.issue(ROOM));

        when(bean.scope.viewerOf(booking)).thenReturn(Viewer.REQUESTER);
        bean.clock = GatewayFixtures.at(CLOSES);
        assertEquals("room-closed", assertThrows(ConflictException.class, () -> bean.issue(ROOM)).code());
        verifyNoInteractions(codes);
    }

    @Test
    void aCodeTypedInAnyCaseWithSpacesAdmitsANewGuestUntilTheRoomCloses() {
        when(codes.redeem(eq(Sha256.hex("ABCDEFGHJK")), eq(IN_ROOM), anyString(), anyString()))
                .thenAnswer(i -> Optional.of(new GuestPass(Fixtures.REFERENCE, i.getArgument(2))));

        GuestAdmission admission = bean.redeem(" abcde fghjk ");

        assertEquals(ROOM, admission.booking());
        assertEquals(CLOSES, admission.rejoinUntil());
        assertEquals(IN_ROOM.plusSeconds(30), admission.expiresAt());
        ArgumentCaptor<String> guest = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<String> rejoinHash = ArgumentCaptor.forClass(String.class);
        verify(codes).redeem(eq(Sha256.hex("ABCDEFGHJK")), eq(IN_ROOM), guest.capture(), rejoinHash.capture());
        assertTrue(guest.getValue().matches("guest-[A-Za-z0-9_-]{12}"), guest.getValue());
        assertEquals(Sha256.hex(admission.rejoin()), rejoinHash.getValue(), "only the credential's hash is kept");

        IssuedTicket ticket = storedTicket();
        assertEquals(Sha256.hex(admission.ticket()), ticket.hash());
        assertEquals(Channel.SESSION, ticket.channel());
        assertEquals(Grant.GUEST, ticket.role());
        assertEquals(guest.getValue(), ticket.subject());
        assertNull(ticket.username(), "a guest is nobody's account");
        assertEquals(CLOSES, ticket.identityExpiresAt());
        verify(bean.admissions).guest(AuditAction.GUEST_CODE_REDEEM, guest.getValue(), Fixtures.REFERENCE);
    }

    @Test
    void twoGuestsAreTwoIdentities() {
        when(codes.redeem(anyString(), any(), anyString(), anyString()))
                .thenAnswer(i -> Optional.of(new GuestPass(Fixtures.REFERENCE, i.getArgument(2))));
        bean.redeem("ABCDE-FGHJK");
        bean.redeem("BCDEF-GHJKM");
        ArgumentCaptor<String> guests = ArgumentCaptor.forClass(String.class);
        verify(codes, times(2)).redeem(anyString(), any(), guests.capture(), anyString());
        assertNotEquals(guests.getAllValues().get(0), guests.getAllValues().get(1));
    }

    @Test
    void aWrongUsedOrExpiredCodeIsNotFoundAndAMissingOneInvalid() {
        when(codes.redeem(anyString(), any(), anyString(), anyString())).thenReturn(Optional.empty());
        assertThrows(NotFoundException.class, () -> bean.redeem("ZZZZZ-ZZZZZ"));
        assertThrows(ValidationException.class, () -> bean.redeem(null));
        assertThrows(ValidationException.class, () -> bean.redeem("  "));
        verifyNoInteractions(tickets, bean.admissions);
    }

    @Test
    void aCodeForARoomThatHasClosedAdmitsNobody() {
        bean.clock = GatewayFixtures.at(CLOSES.plusSeconds(1));
        when(codes.redeem(anyString(), any(), anyString(), anyString()))
                .thenReturn(Optional.of(new GuestPass(Fixtures.REFERENCE, "guest-abc")));
        assertEquals("room-closed", assertThrows(ConflictException.class, () -> bean.redeem("ABCDE-FGHJK")).code());
        verifyNoInteractions(tickets);
    }

    @Test
    void theRejoinCredentialBringsTheSameGuestBackWithANewTicket() {
        when(codes.findByRejoin(Sha256.hex("credential"))).thenReturn(Optional.of(new GuestPass(Fixtures.REFERENCE,
                "guest-abc")));

        GuestAdmission back = bean.rejoin("credential");

        assertEquals("credential", back.rejoin(), "valid again for the next drop, until the room closes");
        assertEquals(CLOSES, back.rejoinUntil());
        assertEquals("guest-abc", storedTicket().subject());
        assertEquals(Sha256.hex(back.ticket()), storedTicket().hash());
        verify(bean.admissions).guest(AuditAction.GUEST_REJOIN, "guest-abc", Fixtures.REFERENCE);
    }

    @Test
    void anUnknownOrOverlongCredentialFindsNobody() {
        when(codes.findByRejoin(anyString())).thenReturn(Optional.empty());
        assertThrows(NotFoundException.class, () -> bean.rejoin("nobody's"));
        assertThrows(NotFoundException.class, () -> bean.rejoin("x".repeat(101)));
        verify(codes, never()).findByRejoin(Sha256.hex("x".repeat(101)));
        assertThrows(ValidationException.class, () -> bean.rejoin(null));
    }

    @Test
    void aCredentialOpensNothingOnceTheRoomClosed() {
        when(codes.findByRejoin(Sha256.hex("credential"))).thenReturn(Optional.of(new GuestPass(Fixtures.REFERENCE,
                "guest-abc")));
        bean.clock = GatewayFixtures.at(CLOSES);
        assertThrows(ConflictException.class, () -> bean.rejoin("credential"));
        verifyNoInteractions(tickets);
    }

    @Test
    void theClockDecidesWhenTheGuestsTicketExpires() {
        Instant later = IN_ROOM.plusSeconds(600);
        bean.clock = GatewayFixtures.at(later);
        when(codes.findByRejoin(Sha256.hex("credential"))).thenReturn(Optional.of(new GuestPass(Fixtures.REFERENCE,
                "guest-abc")));
        assertEquals(later.plusSeconds(30), bean.rejoin("credential").expiresAt());
    }
}
