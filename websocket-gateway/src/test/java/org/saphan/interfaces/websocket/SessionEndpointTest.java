package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.gateway.Attendance;
import org.saphan.application.gateway.Grant;

/**
 * A participant's socket in a room, with the container played by {@link FakeSocket}: limits, what each role may
 * send, the 1008 closes of a flood, the end of a session, the attendance record, and errors that are not swallowed.
 */
class SessionEndpointTest {

    private final TestGateway gateway = new TestGateway();

    private SessionEndpoint open(Grant grant, FakeSocket socket) {
        SessionEndpoint endpoint = (SessionEndpoint) gateway.gateway.sessionEndpoint(grant);
        endpoint.onOpen(socket.session, null);
        return endpoint;
    }

    private static String lastError(FakeSocket socket) {
        List<JsonObject> errors = socket.json().stream().filter(m -> m.getString("type").equals("error")).toList();
        return errors.isEmpty() ? null : errors.get(errors.size() - 1).getString("message");
    }

    @Test
    void openingSetsTheLimitsAndStartsTheBookingOnce() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        open(TestGateway.interpreterInRoom("s-interp", 7), interpreter);

        verify(officer.session).setMaxTextMessageBufferSize(SessionEndpoint.MAX_TEXT_BYTES);
        verify(officer.session).setMaxBinaryMessageBufferSize(SessionEndpoint.MAX_AUDIO_BYTES);
        assertEquals(60_000, officer.maxIdleTimeout);
        verify(gateway.sessions, times(1)).started(TestGateway.BOOKING);
        assertEquals("joined", interpreter.types().get(0));
        assertTrue(officer.types().contains("participant-joined"));
    }

    @Test
    void audioFromOneReachesTheOthers() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        open(TestGateway.interpreterInRoom("s-interp", 7), interpreter);

        officer.receive(ByteBuffer.wrap(new byte[]{10, 20, 30}));

        assertEquals(1, interpreter.frames.size());
        assertEquals(3, interpreter.frames.get(0).remaining());
        assertTrue(officer.frames.isEmpty());
    }

    @Test
    void aFloodOfAudioClosesWith1008() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        open(TestGateway.interpreterInRoom("s-interp", 7), interpreter);

        for (int i = 0; i < SessionEndpoint.AUDIO_PER_SECOND; i++) {
            officer.receive(ByteBuffer.wrap(new byte[]{1}));
        }
        assertNull(officer.closed, "the limit itself still passes");
        officer.receive(ByteBuffer.wrap(new byte[]{1}));

        assertTrue(officer.closedWith(CloseCodes.VIOLATED_POLICY));
        assertEquals("too many frames", officer.closed.getReasonPhrase());
        assertEquals(SessionEndpoint.AUDIO_PER_SECOND, interpreter.frames.size(), "the frame over the limit is "
                + "not relayed");
    }

    @Test
    void aFloodOfTextClosesWith1008() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        open(TestGateway.interpreterInRoom("s-interp", 7), interpreter);

        for (int i = 0; i < SessionEndpoint.TEXT_PER_SECOND; i++) {
            officer.receive("{\"type\":\"mute\",\"muted\":true}");
        }
        assertNull(officer.closed);
        officer.receive("{\"type\":\"mute\",\"muted\":false}");

        assertTrue(officer.closedWith(CloseCodes.VIOLATED_POLICY));
        assertEquals("too many messages", officer.closed.getReasonPhrase());
        assertEquals(SessionEndpoint.TEXT_PER_SECOND,
                interpreter.json().stream().filter(m -> m.getString("type").equals("mute")).count());
    }

    @Test
    void textIsRelayedWithTheSendersIdAndNumbered() {
        FakeSocket officer = new FakeSocket();
        FakeSocket guest = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        open(TestGateway.guest("g-1"), guest);
        String officerId = guest.json().get(0).getJsonArray("participants").getJsonObject(0).getString("id");

        officer.receive("{\"type\":\"text\",\"body\":\"Are you safe?\",\"extra\":\"dropped\"}");

        JsonObject text = guest.json().get(guest.texts.size() - 1);
        assertEquals("text", text.getString("type"));
        assertEquals("Are you safe?", text.getString("body"));
        assertEquals(officerId, text.getString("from"));
        assertTrue(text.getInt("seq") > 0);
        assertFalse(text.containsKey("extra"), "only known fields are relayed");
    }

    @Test
    void whatIsRefusedIsToldToTheSenderOnlyAndNotRelayed() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        FakeSocket guest = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        open(TestGateway.interpreterInRoom("s-interp", 7), interpreter);
        open(TestGateway.guest("g-1"), guest);
        int officerHeard = officer.texts.size();

        guest.receive("not json");
        assertEquals("not a JSON object", lastError(guest));
        guest.receive("[1,2]");
        assertEquals("not a JSON object", lastError(guest));
        guest.receive("{\"type\":\"text\",\"body\":\"\"}");
        assertEquals("a text needs a body of 1 to 2000 characters", lastError(guest));
        guest.receive("{\"type\":\"text\",\"body\":\"" + "x".repeat(SessionEndpoint.MAX_BODY_CHARS + 1) + "\"}");
        assertEquals("a text needs a body of 1 to 2000 characters", lastError(guest));
        guest.receive("{\"type\":\"text\",\"body\":42}");
        assertEquals("a text needs a body of 1 to 2000 characters", lastError(guest));
        guest.receive("{\"type\":\"pause\"}");
        assertEquals("only the officer or the interpreter can pause", lastError(guest));
        guest.receive("{\"type\":\"end\"}");
        assertEquals("only the requester can end the session", lastError(guest));
        interpreter.receive("{\"type\":\"end\"}");
        assertEquals("only the requester can end the session", lastError(interpreter));
        guest.receive("{\"type\":\"shout\"}");
        assertEquals("unknown message type", lastError(guest));
        guest.receive("{\"kind\":\"text\"}");
        assertEquals("unknown message type", lastError(guest));

        assertEquals(officerHeard, officer.texts.size(), "nothing refused reached the others");
        assertNull(guest.closed);
        assertFalse(guest.texts.stream().anyMatch(t -> t.contains("xxxx")), "refused content is not echoed");
    }

    @Test
    void theInterpreterMayPauseAndTheOthersHearIt() {
        FakeSocket officer = new FakeSocket();
        FakeSocket interpreter = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        open(TestGateway.interpreterInRoom("s-interp", 7), interpreter);

        interpreter.receive("{\"type\":\"pause\",\"paused\":true}");

        JsonObject pause = officer.json().get(officer.texts.size() - 1);
        assertEquals("pause", pause.getString("type"));
        assertTrue(pause.getBoolean("paused"));
    }

    @Test
    void theRequesterEndsTheSessionForEveryone() {
        FakeSocket officer = new FakeSocket();
        FakeSocket guest = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        open(TestGateway.guest("g-1"), guest);
        Room room = gateway.gateway.room(TestGateway.BOOKING);

        officer.receive("{\"type\":\"end\"}");

        assertTrue(room.ended());
        assertTrue(guest.types().contains("ended"));
        assertTrue(guest.closedWith(CloseCodes.NORMAL_CLOSURE));
        assertTrue(officer.closedWith(CloseCodes.NORMAL_CLOSURE));
        verify(gateway.sessions).ended(TestGateway.BOOKING);
        assertFalse(gateway.gateway.room(TestGateway.BOOKING) == room, "the next opening is a new room");
    }

    @Test
    void aSocketOpeningIntoAnEndedRoomIsClosedAtOnce() {
        FakeSocket officer = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        Room room = gateway.gateway.room(TestGateway.BOOKING);
        room.end(CloseCodes.NORMAL_CLOSURE, "over");

        FakeSocket late = new FakeSocket();
        SessionEndpoint endpoint = (SessionEndpoint) gateway.gateway.sessionEndpoint(TestGateway.guest("g-9"));
        endpoint.onOpen(late.session, null);

        assertTrue(late.closedWith(CloseCodes.NORMAL_CLOSURE));
        assertTrue(late.texts.isEmpty());
        verify(late.session, never()).addMessageHandler(any(Class.class),
                any(jakarta.websocket.MessageHandler.Whole.class));
    }

    @Test
    void leavingTellsTheOthersAndRecordsAttendanceWithoutContent() {
        FakeSocket officer = new FakeSocket();
        FakeSocket guest = new FakeSocket();
        SessionEndpoint endpoint = open(TestGateway.guest("g-1"), guest);
        open(TestGateway.requester("s-officer"), officer);
        guest.receive("{\"type\":\"text\",\"body\":\"hello\"}");
        guest.receive(ByteBuffer.wrap(new byte[100]));

        endpoint.onClose(guest.session, new CloseReason(CloseCodes.NORMAL_CLOSURE, "bye"));

        JsonObject left = officer.json().get(officer.texts.size() - 1);
        assertEquals("participant-left", left.getString("type"));
        assertEquals("guest", left.getJsonObject("participant").getString("role"));
        ArgumentCaptor<Attendance> recorded = ArgumentCaptor.forClass(Attendance.class);
        verify(gateway.sessions).recordAttendance(recorded.capture());
        Attendance a = recorded.getValue();
        assertEquals(TestGateway.BOOKING, a.booking());
        assertEquals("guest", a.role());
        assertEquals("g-1", a.subject(), "a guest is recorded as its pseudonymous admission, never a name");
        assertNull(a.username());
        assertEquals(2, a.messagesIn());
        assertEquals(100 + "{\"type\":\"text\",\"body\":\"hello\"}".length(), a.bytesIn());
        assertTrue(a.bytesOut() > 0);
        assertEquals(1000, a.closeCode());
        assertFalse(a.leftAt().isBefore(a.joinedAt()));
    }

    @Test
    void anInterpretersAttendanceNamesItsSubject() {
        FakeSocket interpreter = new FakeSocket();
        SessionEndpoint endpoint = open(TestGateway.interpreterInRoom("s-interp", 7), interpreter);
        endpoint.onClose(interpreter.session, new CloseReason(CloseCodes.GOING_AWAY, "gone"));
        ArgumentCaptor<Attendance> recorded = ArgumentCaptor.forClass(Attendance.class);
        verify(gateway.sessions).recordAttendance(recorded.capture());
        assertEquals("s-interp", recorded.getValue().subject());
        assertEquals(1001, recorded.getValue().closeCode());
    }

    @Test
    void aSocketClosesWith1008WhenItsIdentityExpires() {
        FakeSocket officer = new FakeSocket();
        open(TestGateway.requester("s-officer"), officer);
        assertEquals(1, gateway.scheduled.size());
        TestGateway.Scheduled expiry = gateway.scheduled.get(0);
        assertTrue(expiry.delayMillis() > 3_500_000 && expiry.delayMillis() <= 3_600_000, "at the token's expiry: "
                + expiry.delayMillis());

        expiry.task().run();

        assertTrue(officer.closedWith(CloseCodes.VIOLATED_POLICY));
        assertEquals("identity expired", officer.closed.getReasonPhrase());
    }

    @Test
    void errorsAreLoggedNotSwallowed() {
        FakeSocket officer = new FakeSocket();
        SessionEndpoint endpoint = open(TestGateway.requester("s-officer"), officer);
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(SessionEndpoint.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
        try {
            IllegalStateException fault = new IllegalStateException("a bug");
            endpoint.onError(officer.session, fault);
            IOException drop = new IOException("connection reset");
            endpoint.onError(officer.session, drop);

            assertEquals(2, records.size());
            assertEquals(Level.WARNING, records.get(0).getLevel());
            assertSame(fault, records.get(0).getThrown());
            assertTrue(records.get(0).getMessage().contains(TestGateway.BOOKING.value()));
            assertEquals(Level.FINE, records.get(1).getLevel(), "a dropped connection is routine");
            assertSame(drop, records.get(1).getThrown());
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(before);
        }
    }
}
