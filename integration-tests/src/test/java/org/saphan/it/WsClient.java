package org.saphan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (java.net.http) that keeps what it receives, for assertions. */
final class WsClient implements WebSocket.Listener {

    final BlockingQueue<JsonObject> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> binaries = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partialText = new StringBuilder();
    private final java.io.ByteArrayOutputStream partialBinary = new java.io.ByteArrayOutputStream();
    WebSocket socket;

    static URI uri(String path) {
        return URI.create(ItConfig.require("saphan.it.app-url").replace("http://", "ws://") + path);
    }

    /** Connects with Saphan's Origin and the two subprotocols; fails with the handshake's status when refused. */
    static WsClient connect(String path, String ticket) {
        return connect(path, ticket, ItConfig.require("saphan.it.app-url"));
    }

    static WsClient connect(String path, String ticket, String origin) {
        return connect(uri(path), ticket, origin);
    }

    /** Connects to a socket of another server (the fault tests' own WildFly). */
    static WsClient connect(URI address, String ticket, String origin) {
        String path = address.getPath();
        WsClient client = new WsClient();
        WebSocket.Builder b = Http.CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (ticket != null) {
            b.subprotocols("saphan.v1", "ticket." + ticket);
        } else {
            b.subprotocols("saphan.v1");
        }
        try {
            client.socket = b.buildAsync(address, client).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                throw new Refused(h.getResponse().statusCode());
            }
            throw new AssertionError("could not connect to " + path, e);
        } catch (Exception e) {
            throw new AssertionError("could not connect to " + path, e);
        }
        return client;
    }

    /** A handshake the server refused, with its HTTP status. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status) {
            super("handshake refused with " + status);
            this.status = status;
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partialText.append(data);
        if (last) {
            try (var reader = Json.createReader(new StringReader(partialText.toString()))) {
                texts.add(reader.readObject());
            }
            partialText.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        partialBinary.writeBytes(chunk);
        if (last) {
            binaries.add(partialBinary.toByteArray());
            partialBinary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    void text(String json) {
        socket.sendText(json, true).join();
    }

    void binary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The next text message of the given type, skipping others; fails after the timeout. */
    JsonObject next(String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        List<JsonObject> skipped = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            JsonObject m = texts.poll(200, TimeUnit.MILLISECONDS);
            if (m == null) {
                continue;
            }
            if (type.equals(m.getString("type", ""))) {
                return m;
            }
            skipped.add(m);
        }
        throw new AssertionError("no '" + type + "' message; got " + skipped);
    }

    /** Every text message that arrives within the wait. */
    List<JsonObject> drain(long millis) throws InterruptedException {
        List<JsonObject> all = new ArrayList<>();
        Thread.sleep(millis);
        texts.drainTo(all);
        return all;
    }

    int awaitClose() throws Exception {
        return closed.get(15, TimeUnit.SECONDS);
    }

    void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
