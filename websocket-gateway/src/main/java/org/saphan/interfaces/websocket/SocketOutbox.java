package org.saphan.interfaces.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import org.saphan.application.gateway.FeedSocket;

/**
 * What one socket has waiting to be sent, bounded: audio beyond the bound is dropped (the newest frames, a gap the
 * listener hears as a short silence), and a receiver whose text and control backlog passes its bound is closed, so
 * that a slow phone can never make the server hold an unbounded backlog. Sends are asynchronous; nothing here
 * blocks or holds a lock across a send. A feed's socket reaches the application's live feeds as this
 * {@link FeedSocket}.
 */
final class SocketOutbox implements FeedSocket {

    private static final Logger LOG = Logger.getLogger(SocketOutbox.class.getName());

    /** Frames of audio waiting for one receiver: at 50 frames a second, a bit more than a second. */
    static final int MAX_PENDING_AUDIO = 64;
    /** Text and control messages waiting for one receiver before it is considered gone. */
    static final int MAX_PENDING_TEXT = 256;

    private final Session session;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AtomicLong droppedAudio = new AtomicLong();
    /** One completion for every audio send of this socket: nothing allocated per frame for it. */
    private final SendHandler audioSent = result -> pending.decrementAndGet();

    SocketOutbox(Session session) {
        this.session = session;
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    /** Sends a text message; {@code delivered} hears its sequence number once it left, for rejoin bookkeeping. */
    boolean sendText(String text, long seq, LongConsumer delivered) {
        if (!session.isOpen()) {
            return false;
        }
        if (pending.incrementAndGet() > MAX_PENDING_TEXT) {
            pending.decrementAndGet();
            close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow to receive");
            return false;
        }
        bytesOut.addAndGet(text.length());
        session.getAsyncRemote().sendText(text, result -> {
            pending.decrementAndGet();
            if (result.isOK() && delivered != null && seq > 0) {
                delivered.accept(seq);
            }
        });
        return true;
    }

    @Override
    public boolean sendText(String text) {
        return sendText(text, 0, null);
    }

    /** Sends audio as it came, or drops it when the receiver is behind. */
    boolean sendBinary(ByteBuffer frame) {
        if (!session.isOpen()) {
            return false;
        }
        if (pending.incrementAndGet() > MAX_PENDING_AUDIO) {
            pending.decrementAndGet();
            droppedAudio.incrementAndGet();
            return false;
        }
        bytesOut.addAndGet(frame.remaining());
        session.getAsyncRemote().sendBinary(frame, audioSent);
        return true;
    }

    long bytesOut() {
        return bytesOut.get();
    }

    long droppedAudio() {
        return droppedAudio.get();
    }

    @Override
    public void serverStops() {
        close(CloseReason.CloseCodes.GOING_AWAY, "server stops");
    }

    void close(CloseReason.CloseCode code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(code, reason));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.fine(() -> "Closing a socket that was going anyway: " + e);
        }
    }
}
