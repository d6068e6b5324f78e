package org.saphan.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;

/**
 * When a room is open: a remote booking on Tuesday 09:00 to 10:30 Bangkok (02:00 to 03:30 UTC) has its room from
 * 08:45 to 11:00 Bangkok, while an interpreter is assigned or the session runs.
 */
class RoomWindowTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T01:45:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-01T04:00:00Z");

    private static Booking assigned() {
        Booking booking = Fixtures.request().remote().booking();
        booking.assign(InterpreterId.of(5), "s-coordinator", "known to the officer", false, Fixtures.NOW);
        return booking;
    }

    @Test
    void opensAQuarterOfAnHourBeforeTheStartAndClosesHalfAnHourAfterTheEnd() {
        RoomWindow window = RoomWindow.of(assigned());
        assertEquals(OPENS, window.opensAt());
        assertEquals(CLOSES, window.closesAt());
        assertEquals(Fixtures.REFERENCE, window.booking());
    }

    @Test
    void openFromItsOpeningUpToButNotIncludingItsClosing() {
        RoomWindow window = RoomWindow.of(assigned());
        window.requireOpenAt(OPENS);
        window.requireOpenAt(CLOSES.minusMillis(1));

        ConflictException early = assertThrows(ConflictException.class,
                () -> window.requireOpenAt(OPENS.minusSeconds(1)));
        assertEquals("room-closed", early.code());
        assertTrue(early.getMessage().contains("opens at " + OPENS), early.getMessage());

        ConflictException late = assertThrows(ConflictException.class, () -> window.requireOpenAt(CLOSES));
        assertEquals("room-closed", late.code());
        assertTrue(late.getMessage().contains("has closed"), late.getMessage());
    }

    @Test
    void aBookingWithoutAnInterpreterHasNoRoomYet() {
        RoomWindow window = RoomWindow.of(Fixtures.request().remote().booking());
        ConflictException refused = assertThrows(ConflictException.class, () -> window.requireOpenAt(OPENS));
        assertEquals("room-closed", refused.code());
        assertTrue(refused.getMessage().contains("opens once an interpreter is assigned"), refused.getMessage());
        assertFalse(window.mayStayAt(OPENS));
    }

    @Test
    void aRunningSessionKeepsItsRoomUntilItCloses() {
        Booking booking = assigned();
        booking.start(OPENS.plusSeconds(60));
        RoomWindow window = RoomWindow.of(booking);
        window.requireOpenAt(OPENS.plusSeconds(120));
        assertTrue(window.mayStayAt(CLOSES.minusSeconds(1)), "a session that runs late is not cut off at its end");
        assertFalse(window.mayStayAt(CLOSES));
    }

    @Test
    void aCompletedSessionHasNoRoomAnyMore() {
        Booking booking = assigned();
        booking.start(OPENS.plusSeconds(60));
        booking.complete(OPENS.plusSeconds(1800));
        RoomWindow window = RoomWindow.of(booking);
        assertFalse(window.mayStayAt(OPENS.plusSeconds(1801)));
        assertThrows(ConflictException.class, () -> window.requireOpenAt(OPENS.plusSeconds(1801)));
    }

    @Test
    void whoWasLetInEarlierMayStayBeforeTheOpeningToo() {
        // admission needs an open room; staying asks only whether it has closed
        assertTrue(RoomWindow.of(assigned()).mayStayAt(OPENS.minusSeconds(60)));
    }
}
