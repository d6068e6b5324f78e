package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason.CloseCodes;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.application.gateway.Grant;

/** One room in memory: joining, numbered messages, audio relay, rejoining with what was missed, the end. */
class RoomTest {

    private final TestGateway.MovableClock clock = new TestGateway.MovableClock(TestGateway.START);
    private final Room room = new Room(TestGateway.BOOKING, clock);

    private Participant join(Grant grant, FakeSocket socket) {
        Participant p = new Participant(room, grant, socket.outbox());
        room.join(p);
        return p;
    }

    private static JsonObject text(String body) {
        return Json.createObjectBuilder().add("type", "text").add("body", body).build();
    }

    @Test
    void aNewcomerLearnsWhoIsThereAndTheOthersLearnOfIt() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        Participant a = join(TestGateway.requester("s-officer"), officer);
        Participant b = join(TestGateway.interpreterInRoom("s-interp", 7), interpreter);

        JsonObject joined = interpreter.json().get(0);
        assertEquals("joined", joined.getString("type"));
        assertEquals(b.id(), joined.getString("you"));
        assertEquals(1, joined.getJsonArray("participants").size());
        assertEquals(a.id(), joined.getJsonArray("participants").getJsonObject(0).getString("id"));
        assertEquals("requester", joined.getJsonArray("participants").getJsonObject(0).getString("role"));

        JsonObject told = officer.json().get(1);
        assertEquals("participant-joined", told.getString("type"));
        assertEquals(b.id(), told.getJsonObject("participant").getString("id"));
        assertEquals("interpreter", told.getJsonObject("participant").getString("role"));
        assertEquals(List.of("joined"), interpreter.types(), "a newcomer is not told of itself");
    }

    @Test
    void idsArePseudonymousAndStablePerIdentity() {
        String id = room.idFor("requester:s-officer");
        assertTrue(id.matches("p-[0-9a-f]{8}"), id);
        assertFalse(id.contains("officer"));
        assertEquals(id, room.idFor("requester:s-officer"));
        assertNotEquals(id, room.idFor("guest:s-officer"), "the same subject in another role is someone else");
    }

    @Test
    void messagesAreNumberedAndGoToEveryoneButTheSender() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        FakeSocket guest = new FakeSocket();
        Participant a = join(TestGateway.requester("s-officer"), officer);
        join(TestGateway.interpreterInRoom("s-interp", 7), interpreter);
        join(TestGateway.guest("g-1"), guest);
        int officerBefore = officer.texts.size();

        room.broadcast(a, Json.createObjectBuilder().add("type", "text").add("from", a.id()).add("body", "hello"));
        room.broadcast(a, Json.createObjectBuilder().add("type", "text").add("from", a.id()).add("body", "again"));

        assertEquals(officerBefore, officer.texts.size(), "the sender does not get its own message back");
        List<JsonObject> heard = guest.json().stream().filter(m -> m.getString("type").equals("text")).toList();
        assertEquals(List.of("hello", "again"), heard.stream().map(m -> m.getString("body")).toList());
        assertEquals(heard.get(0).getInt("seq") + 1, heard.get(1).getInt("seq"));
        assertEquals(heard, interpreter.json().stream().filter(m -> m.getString("type").equals("text")).toList(),
                "everyone hears the same numbered messages");
    }

    @Test
    void audioIsRelayedByteForByteToTheOthersOnlyAndReadOnly() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        FakeSocket guest = new FakeSocket();
        Participant a = join(TestGateway.requester("s-officer"), officer);
        join(TestGateway.interpreterInRoom("s-interp", 7), interpreter);
        join(TestGateway.guest("g-1"), guest);
        byte[] audio = {1, 2, 3, 4, 5, -1, -128, 127};

        room.relay(a, ByteBuffer.wrap(audio));

        assertTrue(officer.frames.isEmpty(), "the speaker does not hear itself");
        for (FakeSocket listener : List.of(interpreter, guest)) {
            assertEquals(1, listener.frames.size());
            ByteBuffer frame = listener.frames.get(0);
            byte[] got = new byte[frame.remaining()];
            frame.duplicate().get(got);
            assertArrayEquals(audio, got);
            assertTrue(frame.isReadOnly());
            assertThrows(ReadOnlyBufferException.class, () -> frame.put(0, (byte) 9));
        }
        // each listener reads its own view: one reading does not move the other's position
        interpreter.frames.get(0).get(new byte[8]);
        assertEquals(8, guest.frames.get(0).remaining());
    }

    @Test
    void joiningAgainClosesTheOlderSocketAndKeepsTheId() {
        FakeSocket first = new FakeSocket();
        FakeSocket second = new FakeSocket();
        Participant before = join(TestGateway.interpreterInRoom("s-interp", 7), first);
        Participant after = join(TestGateway.interpreterInRoom("s-interp", 7), second);

        assertTrue(first.closedWith(CloseCodes.NORMAL_CLOSURE));
        assertEquals("joined again elsewhere", first.closed.getReasonPhrase());
        assertNull(second.closed);
        assertEquals(before.id(), after.id());
        assertEquals(0, second.json().get(0).getJsonArray("participants").size(), "the old socket is not listed");
    }

    @Test
    void aRejoinGetsWhatItMissedAndNothingItHad() {
        FakeSocket officer = new FakeSocket();
        FakeSocket phone = new FakeSocket();
        Participant a = join(TestGateway.requester("s-officer"), officer);
        join(TestGateway.guest("g-1"), phone);
        room.broadcast(a, Json.createObjectBuilder(text("one")));
        // the phone's connection goes bad: what is sent now never arrives
        phone.holdSends = true;
        room.broadcast(a, Json.createObjectBuilder(text("two")));
        room.broadcast(a, Json.createObjectBuilder(text("three")));

        FakeSocket again = new FakeSocket();
        join(TestGateway.guest("g-1"), again);

        List<JsonObject> got = again.json();
        assertEquals("joined", got.get(0).getString("type"));
        assertEquals(List.of("two", "three"), got.stream().filter(m -> m.getString("type").equals("text"))
                .map(m -> m.getString("body")).toList());
        assertTrue(phone.closedWith(CloseCodes.NORMAL_CLOSURE));
    }

    @Test
    void theHistoryIsBounded() {
        FakeSocket officer = new FakeSocket();
        FakeSocket phone = new FakeSocket();
        Participant a = join(TestGateway.requester("s-officer"), officer);
        join(TestGateway.guest("g-1"), phone);
        room.broadcast(a, Json.createObjectBuilder(text("seen")));
        phone.holdSends = true;
        for (int i = 0; i < Room.HISTORY + 50; i++) {
            room.broadcast(a, Json.createObjectBuilder(text("m" + i)));
        }

        FakeSocket again = new FakeSocket();
        join(TestGateway.guest("g-1"), again);

        List<String> missed = again.json().stream().filter(m -> m.getString("type").equals("text"))
                .map(m -> m.getString("body")).toList();
        assertEquals(Room.HISTORY, missed.size());
        assertEquals("m50", missed.get(0));
        assertEquals("m" + (Room.HISTORY + 49), missed.get(missed.size() - 1));
    }

    @Test
    void theEndTellsEveryoneClosesEverySocketAndForgets() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        join(TestGateway.requester("s-officer"), officer);
        join(TestGateway.interpreterInRoom("s-interp", 7), interpreter);
        assertFalse(room.isEmptyAndIdle());

        room.end(CloseCodes.NORMAL_CLOSURE, "the session has ended");

        assertTrue(room.ended());
        assertTrue(room.isEmptyAndIdle());
        for (FakeSocket s : List.of(officer, interpreter)) {
            assertEquals("ended", s.json().get(s.texts.size() - 1).getString("type"));
            assertTrue(s.closedWith(CloseCodes.NORMAL_CLOSURE));
            assertEquals("the session has ended", s.closed.getReasonPhrase());
        }
        int sent = interpreter.texts.size();
        room.end(CloseCodes.GOING_AWAY, "again");
        assertEquals(sent, interpreter.texts.size(), "a room ends once");
    }

    @Test
    void aFreshRoomIsNotIdleYet() {
        assertFalse(room.isEmptyAndIdle(), "an empty room is kept for half an hour after it emptied");
        assertFalse(room.ended());
        assertEquals(TestGateway.BOOKING, room.booking());
    }

    @Test
    void aRoomThatEmptiedIsIdleAfterHalfAnHourByTheClock() {
        FakeSocket officer = new FakeSocket();
        Participant p = join(TestGateway.requester("s-officer"), officer);
        clock.advance(Duration.ofHours(2));
        assertFalse(room.isEmptyAndIdle(), "a room with someone in it is never idle");

        room.leave(p, false);
        clock.advance(Duration.ofMinutes(29));
        assertFalse(room.isEmptyAndIdle(), "kept for whoever comes back");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(room.isEmptyAndIdle());
    }
}
