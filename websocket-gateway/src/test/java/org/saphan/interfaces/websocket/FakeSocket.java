package org.saphan.interfaces.websocket;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WebSocket session standing in for the container's, for unit tests: it records what is sent and how it closes,
 * and completes sends at once (or holds them, to play a slow receiver). The handlers an endpoint installs can be fed
 * messages, whether it installed them whole or partial.
 */
final class FakeSocket {

    final Session session = mock(Session.class);
    final RemoteEndpoint.Async async = mock(RemoteEndpoint.Async.class);
    final RemoteEndpoint.Basic basic = mock(RemoteEndpoint.Basic.class);
    final List<String> texts = new CopyOnWriteArrayList<>();
    final List<ByteBuffer> frames = new CopyOnWriteArrayList<>();
    private final List<SendHandler> held = new CopyOnWriteArrayList<>();
    private final List<Object[]> handlers = new CopyOnWriteArrayList<>();
    volatile CloseReason closed;
    volatile boolean holdSends;
    long maxIdleTimeout;

    FakeSocket() {
        try {
            when(session.isOpen()).thenAnswer(i -> closed == null);
            doAnswer(i -> {
                if (closed == null) {
                    closed = i.getArgument(0);
                }
                return null;
            }).when(session).close(any(CloseReason.class));
            when(session.getAsyncRemote()).thenReturn(async);
            when(session.getBasicRemote()).thenReturn(basic);
            doAnswer(i -> {
                texts.add(i.getArgument(0));
                sent(i.getArgument(1));
                return null;
            }).when(async).sendText(anyString(), any(SendHandler.class));
            doAnswer(i -> {
                frames.add(i.getArgument(0));
                sent(i.getArgument(1));
                return null;
            }).when(async).sendBinary(any(ByteBuffer.class), any(SendHandler.class));
            doAnswer(i -> texts.add(i.getArgument(0))).when(basic).sendText(anyString());
            doAnswer(i -> handlers.add(new Object[]{i.getArgument(0), i.getArgument(1)})).when(session)
                    .addMessageHandler(any(Class.class), any(MessageHandler.Whole.class));
            doAnswer(i -> handlers.add(new Object[]{i.getArgument(0), i.getArgument(1)})).when(session)
                    .addMessageHandler(any(Class.class), any(MessageHandler.Partial.class));
            doAnswer(i -> maxIdleTimeout = i.getArgument(0)).when(session)
                    .setMaxIdleTimeout(org.mockito.ArgumentMatchers
                            .anyLong());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void sent(SendHandler handler) {
        if (holdSends) {
            held.add(handler);
        } else {
            handler.onResult(new SendResult());
        }
    }

    /** The receiver catches up: every held send completes. */
    void releaseHeld() {
        List<SendHandler> now = new ArrayList<>(held);
        held.clear();
        now.forEach(h -> h.onResult(new SendResult()));
    }

    SocketOutbox outbox() {
        return new SocketOutbox(session);
    }

    /** Delivers a text message from the client to whatever handler the endpoint installed for text. */
    @SuppressWarnings("unchecked")
    void receive(String text) {
        deliver(String.class, text);
    }

    void receive(ByteBuffer frame) {
        deliver(ByteBuffer.class, frame);
    }

    /** Delivers one fragment of a message to a partial handler, as the container does for a fragmented message. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void receivePart(Class<?> type, Object part, boolean last) {
        for (Object[] h : handlers) {
            if (h[0] == type && h[1] instanceof MessageHandler.Partial partial) {
                partial.onMessage(part, last);
                return;
            }
        }
        throw new AssertionError("the endpoint installed no partial handler for " + type.getSimpleName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deliver(Class<?> type, Object message) {
        for (Object[] h : handlers) {
            if (h[0] == type) {
                if (h[1] instanceof MessageHandler.Whole whole) {
                    whole.onMessage(message);
                } else {
                    ((MessageHandler.Partial) h[1]).onMessage(message, true);
                }
                return;
            }
        }
        throw new AssertionError("the endpoint installed no handler for " + type.getSimpleName());
    }

    boolean closedWith(CloseReason.CloseCode code) {
        return closed != null && closed.getCloseCode().getCode() == code.getCode();
    }

    /** The JSON messages sent so far, parsed. */
    List<JsonObject> json() {
        List<JsonObject> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Json.createReader(new StringReader(t)).readObject());
        }
        return out;
    }

    List<String> types() {
        return json().stream().map(o -> o.getString("type")).toList();
    }
}
