package org.saphan.interfaces.websocket;

import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * Whole messages out of fragments, with the size limit counted across all fragments of a message, for text (in
 * UTF-8 bytes) and binary alike: beyond the limit the socket closes with 1009 and nothing more of the message is
 * kept. The container's own limit ({@code setMaxTextMessageBufferSize}) is not enough: it holds for one frame, while
 * a message sent in many fragments was reassembled whole, however large. One instance per socket; the container
 * calls a socket's handlers one at a time.
 */
final class BoundedMessages {

    private final int maxBytes;
    private final SocketOutbox outbox;
    private final StringBuilder text = new StringBuilder();
    private long textBytes;
    private ByteBuffer binary;
    private boolean closed;

    private BoundedMessages(int maxBytes, SocketOutbox outbox) {
        this.maxBytes = maxBytes;
        this.outbox = outbox;
    }

    /** Adds partial handlers to the session that hand whole messages of at most {@code maxBytes} on. */
    static void install(Session session, SocketOutbox outbox, int maxBytes, Consumer<String> texts,
            Consumer<ByteBuffer> frames) {
        BoundedMessages m = new BoundedMessages(maxBytes, outbox);
        session.addMessageHandler(String.class, (MessageHandler.Partial<String>) (part, last) -> m.text(part, last,
                texts));
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Partial<ByteBuffer>) (part, last) -> m.binary(
                part, last, frames));
    }

    /**
     * Adds handlers to a socket that only sends (a feed): any message, text or binary, closes it with 1003 at its
     * first fragment, so that nothing sent there is ever assembled.
     */
    static void refuseAll(Session session, SocketOutbox outbox) {
        session.addMessageHandler(String.class, (MessageHandler.Partial<String>) (part, last) -> outbox.close(
                CloseCodes.CANNOT_ACCEPT, "this feed only sends"));
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Partial<ByteBuffer>) (part, last) -> outbox
                .close(CloseCodes.CANNOT_ACCEPT, "this feed only sends"));
    }

    private void text(String part, boolean last, Consumer<String> whole) {
        if (closed) {
            return;
        }
        textBytes += utf8Length(part);
        if (textBytes > maxBytes) {
            tooBig();
            return;
        }
        if (last && text.isEmpty()) {
            textBytes = 0;
            whole.accept(part); // the common case: one frame, nothing copied
            return;
        }
        text.append(part);
        if (last) {
            String message = text.toString();
            text.setLength(0);
            textBytes = 0;
            whole.accept(message);
        }
    }

    private void binary(ByteBuffer part, boolean last, Consumer<ByteBuffer> whole) {
        if (closed) {
            return;
        }
        if (last && (binary == null || binary.position() == 0)) {
            if (part.remaining() > maxBytes) {
                tooBig();
                return;
            }
            whole.accept(part); // the common case: one frame, handed on as it came
            return;
        }
        if (binary == null) {
            binary = ByteBuffer.allocate(maxBytes);
        }
        if (part.remaining() > binary.remaining()) {
            tooBig();
            return;
        }
        binary.put(part);
        if (last) {
            binary.flip();
            try {
                whole.accept(binary);
            } finally {
                binary.clear();
            }
        }
    }

    private void tooBig() {
        closed = true;
        text.setLength(0);
        binary = null;
        outbox.close(CloseCodes.TOO_BIG, "message too big");
    }

    /** The length in UTF-8 of a part of a message; a surrogate pair counts 4, as it is sent. */
    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
