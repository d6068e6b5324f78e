package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason.CloseCodes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole messages out of fragments, the size limit counted across the fragments, and feeds that refuse anything. */
class BoundedMessagesTest {

    private final FakeSocket socket = new FakeSocket();
    private final List<String> texts = new ArrayList<>();
    private final List<ByteBuffer> frames = new ArrayList<>();

    private void install(int maxBytes) {
        // a joined frame is only valid during the call (its buffer is reused), as the relay's copy relies on
        BoundedMessages.install(socket.session, socket.outbox(), maxBytes, texts::add, frame -> frames.add(ByteBuffer
                .allocate(frame.remaining()).put(frame).flip()));
    }

    @Test
    void fragmentsAreHandedOnAsOneMessage() {
        install(100);
        socket.receivePart(String.class, "{\"type\":", false);
        socket.receivePart(String.class, "\"text\",", false);
        assertTrue(texts.isEmpty(), "nothing before the last fragment");
        socket.receivePart(String.class, "\"body\":\"hi\"}", true);
        socket.receivePart(String.class, "{\"type\":\"ping\"}", true);
        assertEquals(List.of("{\"type\":\"text\",\"body\":\"hi\"}", "{\"type\":\"ping\"}"), texts);
        assertNull(socket.closed);
    }

    @Test
    void theLimitCountsEveryFragmentInUtf8Bytes() {
        install(8);
        socket.receivePart(String.class, "กข", false); // 6 bytes
        assertNull(socket.closed);
        socket.receivePart(String.class, "ค", true); // 9 bytes in all
        assertTrue(socket.closedWith(CloseCodes.TOO_BIG));
        assertTrue(texts.isEmpty(), "nothing of an oversized message is handed on");
        socket.receivePart(String.class, "x", true);
        assertTrue(texts.isEmpty(), "nor anything after it");
    }

    @Test
    void binaryFragmentsAreJoinedAndBoundedToo() {
        install(6);
        socket.receivePart(ByteBuffer.class, ByteBuffer.wrap(new byte[]{1, 2, 3}), false);
        socket.receivePart(ByteBuffer.class, ByteBuffer.wrap(new byte[]{4, 5}), true);
        assertEquals(1, frames.size());
        byte[] joined = new byte[frames.get(0).remaining()];
        frames.get(0).duplicate().get(joined);
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3, (byte) 4, (byte) 5), List.of(joined[0], joined[1],
                joined[2], joined[3], joined[4]));
        assertEquals(5, joined.length);

        socket.receivePart(ByteBuffer.class, ByteBuffer.wrap(new byte[7]), true);
        assertTrue(socket.closedWith(CloseCodes.TOO_BIG));
        assertEquals(1, frames.size());
    }

    @Test
    void aFeedRefusesAnyMessageAtItsFirstFragment() {
        BoundedMessages.refuseAll(socket.session, socket.outbox());
        socket.receivePart(String.class, "{\"type\":", false);
        assertTrue(socket.closedWith(CloseCodes.CANNOT_ACCEPT));

        FakeSocket other = new FakeSocket();
        BoundedMessages.refuseAll(other.session, other.outbox());
        other.receivePart(ByteBuffer.class, ByteBuffer.wrap(new byte[1]), false);
        assertTrue(other.closedWith(CloseCodes.CANNOT_ACCEPT));
    }
}
