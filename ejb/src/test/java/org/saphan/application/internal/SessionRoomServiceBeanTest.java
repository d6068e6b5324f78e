package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.saphan.application.internal.GatewayFixtures.CLOSES;
import static org.saphan.application.internal.GatewayFixtures.FIVE;
import static org.saphan.application.internal.GatewayFixtures.IN_ROOM;

import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.gateway.Attendance;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.SessionRecord;
import org.saphan.domain.model.session.SessionRecordRepository;

/**
 * The rooms as the bookings see them: who may stay (an active interpreter, a room that has not closed, the
 * interpreter still the assigned one), the session's start and end, and the record of each stay.
 */
class SessionRoomServiceBeanTest {

    private final SessionRoomServiceBean bean = new SessionRoomServiceBean();
    private final Booking booking = GatewayFixtures.assignedRemote();
    private Event<BookingChanged> changed;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        bean.bookings = mock(BookingRepository.class);
        bean.assignments = mock(AssignmentRepository.class);
        bean.interpreters = mock(InterpreterRepository.class);
        bean.records = mock(SessionRecordRepository.class);
        bean.admissions = mock(AdmissionAudit.class);
        bean.audit = mock(AuditTrail.class);
        changed = mock(Event.class);
        bean.bookingChanged = changed;
        bean.clock = GatewayFixtures.at(IN_ROOM);
        when(bean.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        when(bean.bookings.findForUpdate(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        Interpreter aung = GatewayFixtures.interpreter(FIVE, true);
        when(bean.interpreters.find(FIVE)).thenReturn(Optional.of(aung));
    }

    private static Grant inRoom(String role, Long interpreterId) {
        return new Grant(Channel.SESSION, Fixtures.REFERENCE, "s-1", "user", role, null, interpreterId,
                CLOSES.plusSeconds(3600));
    }

    private static Grant feedOf(long interpreterId) {
        return new Grant(Channel.NOTIFICATIONS, null, "s-1", "user", Grant.INTERPRETER, null, interpreterId,
                CLOSES.plusSeconds(3600));
    }

    @Test
    void theAssignedInterpreterAndTheRequesterStayWhileTheRoomIsOpen() {
        assertTrue(bean.mayStay(inRoom(Grant.INTERPRETER, 5L)));
        assertTrue(bean.mayStay(inRoom(Grant.REQUESTER, null)));
        assertTrue(bean.mayStay(inRoom(Grant.GUEST, null)));
        assertTrue(bean.mayStay(feedOf(5)));
    }

    @Test
    void nobodyStaysOnceTheRoomClosed() {
        bean.clock = GatewayFixtures.at(CLOSES);
        assertFalse(bean.mayStay(inRoom(Grant.REQUESTER, null)));
        assertTrue(bean.mayStay(feedOf(5)), "a feed has no room to close");
    }

    @Test
    void aSuspendedOrVanishedInterpreterLeavesFeedsAndRooms() {
        Interpreter suspended = GatewayFixtures.interpreter(FIVE, false);
        when(bean.interpreters.find(FIVE)).thenReturn(Optional.of(suspended));
        assertFalse(bean.mayStay(feedOf(5)));
        assertFalse(bean.mayStay(inRoom(Grant.INTERPRETER, 5L)));
        when(bean.interpreters.find(FIVE)).thenReturn(Optional.empty());
        assertFalse(bean.mayStay(feedOf(5)));
    }

    @Test
    void anInterpreterNoLongerAssignedLeavesTheRoom() {
        InterpreterId six = InterpreterId.of(6);
        Interpreter another = GatewayFixtures.interpreter(six, true);
        when(bean.interpreters.find(six)).thenReturn(Optional.of(another));
        assertFalse(bean.mayStay(inRoom(Grant.INTERPRETER, 6L)));
    }

    @Test
    void aRoomWhoseBookingIsGoneHoldsNobody() {
        when(bean.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.empty());
        assertFalse(bean.mayStay(inRoom(Grant.REQUESTER, null)));
    }

    @Test
    void theFirstOneInStartsTheSessionOnce() {
        bean.started(Fixtures.REFERENCE);
        assertEquals(BookingStatus.IN_PROGRESS, booking.status());
        verify(changed).fire(new BookingChanged(Fixtures.REFERENCE));

        bean.started(Fixtures.REFERENCE); // a room opened again after a restart: already in progress
        verify(changed).fire(any());
    }

    @Test
    void theEndCompletesTheBookingAndFreesTheInterpreterFromNow() {
        Assignment assignment = mock(Assignment.class);
        when(assignment.isActive()).thenReturn(true);
        when(bean.assignments.findByBooking(Fixtures.REFERENCE)).thenReturn(Optional.of(assignment));
        bean.started(Fixtures.REFERENCE);
        Instant end = IN_ROOM.plusSeconds(1200);
        bean.clock = GatewayFixtures.at(end);

        bean.ended(Fixtures.REFERENCE);

        assertEquals(BookingStatus.COMPLETED, booking.status());
        verify(assignment).end(end);
        verify(bean.audit).recordBySystem(AuditAction.SESSION_END, "booking", Fixtures.REFERENCE.value(),
                "the requester ended the session");
    }

    @Test
    void anEndOfASessionThatNeverStartedChangesNothingButIsLogged() {
        bean.ended(Fixtures.REFERENCE);
        assertEquals(BookingStatus.ASSIGNED, booking.status());
        verify(changed, never()).fire(any());
        verify(bean.audit).recordBySystem(AuditAction.SESSION_END, "booking", Fixtures.REFERENCE.value(),
                "the requester ended the session");
    }

    @Test
    void aStayIsRecordedAsCountersAndLogged() {
        Attendance stay = new Attendance(Fixtures.REFERENCE, "p-1a2b3c4d", Grant.GUEST, "guest-abc", null, null,
                IN_ROOM, IN_ROOM.plusSeconds(95), 1200, 3400, 7, 1000);

        bean.recordAttendance(stay);

        ArgumentCaptor<SessionRecord> kept = ArgumentCaptor.forClass(SessionRecord.class);
        verify(bean.records).add(kept.capture());
        assertEquals(new SessionRecord(Fixtures.REFERENCE, "p-1a2b3c4d", Grant.GUEST, "guest-abc", IN_ROOM,
                IN_ROOM.plusSeconds(95), 1200, 3400, 7, 1000), kept.getValue());
        assertEquals(95, kept.getValue().stayed().toSeconds());
        verify(bean.admissions).left(stay);
    }
}
