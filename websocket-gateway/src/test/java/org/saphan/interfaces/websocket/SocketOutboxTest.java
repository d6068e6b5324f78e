package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.application.gateway.FeedSocket;

/**
 * The bounds of one socket's outbox, with the socket as a slow receiver whose sends complete only when the test
 * says so: audio beyond its bound is dropped, a text backlog beyond its bound closes the socket.
 */
class SocketOutboxTest {

    private final Session session = mock(Session.class);
    private final RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);
    private final List<SendHandler> inFlight = new ArrayList<>();
    private final List<Object> sent = new ArrayList<>();
    private CloseReason closed;
    private SocketOutbox outbox;

    @BeforeEach
    void setUp() throws IOException {
        when(session.isOpen()).thenAnswer(i -> closed == null);
        when(session.getAsyncRemote()).thenReturn(remote);
        doAnswer(i -> closed = i.getArgument(0)).when(session).close(any(CloseReason.class));
        doAnswer(i -> {
            sent.add(i.getArgument(0));
            inFlight.add(i.getArgument(1));
            return null;
        }).when(remote).sendText(anyString(), any(SendHandler.class));
        doAnswer(i -> {
            sent.add(i.getArgument(0));
            inFlight.add(i.getArgument(1));
            return null;
        }).when(remote).sendBinary(any(ByteBuffer.class), any(SendHandler.class));
        outbox = new SocketOutbox(session);
    }

    private void completeAll(SendResult result) {
        List<SendHandler> now = new ArrayList<>(inFlight);
        inFlight.clear();
        now.forEach(h -> h.onResult(result));
    }

    @Test
    void audioBeyondItsBoundIsDroppedNotQueued() {
        for (int i = 0; i < SocketOutbox.MAX_PENDING_AUDIO; i++) {
            assertTrue(outbox.sendBinary(ByteBuffer.wrap(new byte[10])));
        }
        assertFalse(outbox.sendBinary(ByteBuffer.wrap(new byte[10])));
        assertFalse(outbox.sendBinary(ByteBuffer.wrap(new byte[10])));

        assertEquals(SocketOutbox.MAX_PENDING_AUDIO, sent.size());
        assertEquals(2, outbox.droppedAudio());
        assertEquals(10L * SocketOutbox.MAX_PENDING_AUDIO, outbox.bytesOut(), "dropped frames are not counted out");
        assertNull(closed, "a slow listener hears a gap, it is not thrown out");

        completeAll(new SendResult());
        assertTrue(outbox.sendBinary(ByteBuffer.wrap(new byte[10])), "once it caught up, audio flows again");
    }

    @Test
    void aTextBacklogBeyondItsBoundClosesTheSocket() {
        for (int i = 0; i < SocketOutbox.MAX_PENDING_TEXT; i++) {
            assertTrue(outbox.sendText("m" + i));
        }
        assertNull(closed);
        assertFalse(outbox.sendText("one too many"));

        assertEquals(SocketOutbox.MAX_PENDING_TEXT, sent.size());
        assertEquals(CloseCodes.TRY_AGAIN_LATER.getCode(), closed.getCloseCode().getCode());
        assertEquals("too slow to receive", closed.getReasonPhrase());
        assertFalse(outbox.sendText("after the close"));
        assertEquals(SocketOutbox.MAX_PENDING_TEXT, sent.size());
    }

    @Test
    void textAndAudioShareOneBoundSoAudioCannotStarveTheClose() {
        for (int i = 0; i < SocketOutbox.MAX_PENDING_AUDIO; i++) {
            outbox.sendBinary(ByteBuffer.wrap(new byte[1]));
        }
        assertFalse(outbox.sendBinary(ByteBuffer.wrap(new byte[1])));
        assertTrue(outbox.sendText("control still gets through"), "text has the larger bound");
    }

    @Test
    void completedSendsFreeTheirPlace() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < SocketOutbox.MAX_PENDING_TEXT; i++) {
                assertTrue(outbox.sendText("m"));
            }
            completeAll(new SendResult(new IOException("failed sends free their place too")));
        }
        assertNull(closed);
    }

    @Test
    void theSequenceIsReportedOnlyOnceItWasDelivered() {
        List<Long> delivered = new ArrayList<>();
        outbox.sendText("{\"seq\":7}", 7, delivered::add);
        outbox.sendText("{\"seq\":8}", 8, delivered::add);
        outbox.sendText("{\"hello\":1}", 0, delivered::add);
        assertTrue(delivered.isEmpty(), "nothing is delivered before the send completes");

        inFlight.get(0).onResult(new SendResult());
        inFlight.get(1).onResult(new SendResult(new IOException("connection reset")));
        inFlight.get(2).onResult(new SendResult());

        assertEquals(List.of(7L), delivered, "a failed send and an unnumbered one are not delivered messages");
    }

    @Test
    void aClosedSocketGetsNothing() {
        closed = new CloseReason(CloseCodes.NORMAL_CLOSURE, "bye");
        assertFalse(outbox.sendText("x"));
        assertFalse(outbox.sendBinary(ByteBuffer.wrap(new byte[1])));
        assertTrue(sent.isEmpty());
        assertEquals(0, outbox.bytesOut());
    }

    @Test
    void closingASocketThatIsGoingAnywayIsQuiet() throws IOException {
        doThrow(new IOException("already gone")).when(session).close(any(CloseReason.class));
        outbox.close(CloseCodes.GOING_AWAY, "server stops");
        closed = new CloseReason(CloseCodes.NORMAL_CLOSURE, "closed");
        outbox.close(CloseCodes.GOING_AWAY, "server stops");
    }

    @Test
    void asAFeedSocketItSaysWhetherItIsOpenAndGoesAwayWhenTheServerStops() {
        FeedSocket feed = outbox;
        assertTrue(feed.isOpen());
        feed.serverStops();
        assertEquals(CloseCodes.GOING_AWAY.getCode(), closed.getCloseCode().getCode());
        assertEquals("server stops", closed.getReasonPhrase());
        assertFalse(feed.isOpen());
        assertFalse(feed.sendText("{}"));
    }
}
