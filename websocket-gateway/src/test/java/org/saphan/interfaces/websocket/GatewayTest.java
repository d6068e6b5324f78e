package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.websocket.CloseReason.CloseCodes;
import org.junit.jupiter.api.Test;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.session.Channel;

/** The registry: rooms by booking, the periodic check of who may stay, work kept off the sockets' threads. */
class GatewayTest {

    private final TestGateway gateway = new TestGateway();

    @Test
    void oneRoomPerBookingStartedOnce() {
        Room room = gateway.gateway.room(TestGateway.BOOKING);
        assertSame(room, gateway.gateway.room(TestGateway.BOOKING));
        assertNotSame(room, gateway.gateway.room(BookingReference.parse("SPH-2026-000124")));
        verify(gateway.sessions, times(1)).started(TestGateway.BOOKING);
    }

    @Test
    void theRecheckClosesWith1008WhoMayNoLongerStay() {
        FakeSocket staying = new FakeSocket();
        FakeSocket suspended = new FakeSocket();
        Grant ok = TestGateway.feed(7);
        Grant gone = TestGateway.feed(8);
        gateway.gateway.admit(staying.outbox(), ok);
        gateway.gateway.admit(suspended.outbox(), gone);
        when(gateway.sessions.mayStay(ok)).thenReturn(true);
        when(gateway.sessions.mayStay(gone)).thenReturn(false);

        gateway.recheckPeriod();

        assertNull(staying.closed);
        assertTrue(suspended.closedWith(CloseCodes.VIOLATED_POLICY));
        assertEquals("no longer admitted", suspended.closed.getReasonPhrase());
    }

    @Test
    void theRecheckForgetsClosedSocketsAndSurvivesAFailingCheck() {
        FakeSocket closed = new FakeSocket();
        FakeSocket failing = new FakeSocket();
        FakeSocket later = new FakeSocket();
        Grant a = TestGateway.feed(1);
        Grant b = TestGateway.feed(2);
        Grant c = TestGateway.feed(3);
        gateway.gateway.admit(closed.outbox(), a);
        gateway.gateway.admit(failing.outbox(), b);
        gateway.gateway.admit(later.outbox(), c);
        closed.closed = new jakarta.websocket.CloseReason(CloseCodes.NORMAL_CLOSURE, "bye");
        when(gateway.sessions.mayStay(b)).thenThrow(new IllegalStateException("database down"));
        when(gateway.sessions.mayStay(c)).thenReturn(false);

        gateway.recheckPeriod();
        gateway.recheckPeriod();

        verify(gateway.sessions, times(0)).mayStay(a);
        assertNull(failing.closed, "a failed check is not a verdict");
        assertTrue(later.closedWith(CloseCodes.VIOLATED_POLICY), "the other sockets are still checked");
    }

    @Test
    void eachPassAsksAboutItsOwnShareOfTheSocketsAndAPeriodAsksAboutEachOnce() {
        int sockets = 3 * Gateway.RECHECK_SLICES;
        for (int i = 0; i < sockets; i++) {
            Grant g = TestGateway.feed(100 + i);
            when(gateway.sessions.mayStay(g)).thenReturn(true);
            gateway.gateway.admit(new FakeSocket().outbox(), g);
        }

        gateway.recheck.run();
        verify(gateway.sessions, times(3)).mayStay(any());

        for (int i = 1; i < Gateway.RECHECK_SLICES; i++) {
            gateway.recheck.run();
        }
        verify(gateway.sessions, times(sockets)).mayStay(any());
        for (int i = 0; i < sockets; i++) {
            verify(gateway.sessions).mayStay(TestGateway.feed(100 + i));
        }
    }

    @Test
    void anEndedRoomIsDroppedByTheRecheck() {
        Room room = gateway.gateway.room(TestGateway.BOOKING);
        room.end(CloseCodes.NORMAL_CLOSURE, "over");
        gateway.recheckPeriod();
        assertNotSame(room, gateway.gateway.room(TestGateway.BOOKING));
    }

    @Test
    void anIdentityThatHasAlreadyExpiredIsClosedWithoutDelay() {
        FakeSocket socket = new FakeSocket();
        Grant expired = new Grant(Channel.NOTIFICATIONS, null, "s", "aung", Grant.INTERPRETER, null, 7L,
                TestGateway.START.minusSeconds(5));
        gateway.gateway.admit(socket.outbox(), expired);
        assertEquals(0, gateway.scheduled.get(0).delayMillis());
        gateway.scheduled.get(0).task().run();
        assertTrue(socket.closedWith(CloseCodes.VIOLATED_POLICY));
    }

    @Test
    void aSocketThatGoesBeforeItsTokenExpiresIsNotKeptUntilThen() {
        SocketOutbox gone = new FakeSocket().outbox();
        gateway.gateway.admit(gone, TestGateway.feed(1));
        gateway.gateway.admit(new FakeSocket().outbox(), TestGateway.feed(2));

        gateway.gateway.release(gone);

        verify(gateway.scheduled.get(0).future()).cancel(false);
        verify(gateway.scheduled.get(1).future(), never()).cancel(anyBoolean());
    }

    @Test
    void workHandedOffThatFailsIsLoggedNotThrown() {
        doThrow(new IllegalStateException("database down")).when(gateway.sessions).ended(any());
        Room room = gateway.gateway.room(TestGateway.BOOKING);
        gateway.gateway.roomEnded(room);
        verify(gateway.sessions).ended(TestGateway.BOOKING);
    }

    @Test
    void stoppingEndsEveryRoomGoingAway() {
        FakeSocket officer = new FakeSocket();
        Room room = gateway.gateway.room(TestGateway.BOOKING);
        room.join(new Participant(room, TestGateway.requester("s-officer"), officer.outbox()));
        gateway.gateway.stop();
        assertTrue(room.ended());
        assertTrue(officer.closedWith(CloseCodes.GOING_AWAY));
    }
}
