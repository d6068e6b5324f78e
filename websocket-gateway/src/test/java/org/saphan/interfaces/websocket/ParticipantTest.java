package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.saphan.domain.model.booking.BookingReference;

/** A participant is its role and subject in one room; what reached it is what it will not get again. */
class ParticipantTest {

    private final TestGateway.MovableClock clock = new TestGateway.MovableClock(TestGateway.START);
    private final Room room = new Room(TestGateway.BOOKING, clock);

    @Test
    void theIdentityIsRoleAndSubjectAndTheIdIsTheRooms() {
        Participant p = new Participant(room, TestGateway.interpreterInRoom("s-1", 7), new FakeSocket().outbox());
        assertEquals("interpreter:s-1", p.identity());
        assertEquals(room.idFor("interpreter:s-1"), p.id());
        assertEquals("interpreter", p.role());
        assertNotEquals(p.id(),
                new Participant(new Room(BookingReference.parse("SPH-2026-000999"), clock), p.grant(),
                        new FakeSocket().outbox())
                        .id(),
                "ids are per room");
    }

    @Test
    void whatItIsSentIsCountedForItsAttendance() {
        FakeSocket socket = new FakeSocket();
        Participant p = new Participant(room, TestGateway.guest("g-1"), socket.outbox());
        p.send("{\"type\":\"text\",\"seq\":5}", 5);
        p.send("{\"type\":\"text\",\"seq\":6}", 6);
        assertEquals(2, socket.texts.size());
        assertEquals(socket.texts.stream().mapToLong(String::length).sum(), p.outbox().bytesOut());
    }
}
