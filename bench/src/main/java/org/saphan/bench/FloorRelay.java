package org.saphan.bench;

import io.undertow.Undertow;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.websockets.jsr.WebSocketDeploymentInfo;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor for the gateway benchmark: the least a relay on bare Undertow's Jakarta WebSocket (the Undertow version
 * WildFly 39 ships) can do. One endpoint, {@code /floor/{room}}: every binary frame goes, as one shared read-only
 * copy with asynchronous sends, to the room's other participants; every text message likewise, as it came. No
 * tickets, no JSON, no numbering, no history. Like the gateway's outbox it drops audio for a receiver with more than
 * 64 frames pending, so that both relays shed load the same way. Like the gateway, it handles frames on Undertow's
 * I/O threads without dispatching them to worker threads: the lowest floor this stack has. Runs in a JVM of its own on 127.0.0.1; the
 * benchmark starts it with the WildFly process's JVM flags and CPU affinity. Argument: the port.
 */
public final class FloorRelay {

    static final int MAX_PENDING_AUDIO = 64;

    private FloorRelay() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "8090");
        WebSocketDeploymentInfo ws = new WebSocketDeploymentInfo()
                .setBuffers(new DefaultByteBufferPool(true, 16 * 1024))
                // as the gateway runs (configure-server.cli: dispatch-to-worker=false): frames stay on the I/O
                // thread, no hop to a worker; a floor that dispatches would be slower and flatter the ratio
                .setDispatchToWorkerThread(false)
                .addEndpoint(Relay.class);
        DeploymentInfo deployment = Servlets.deployment()
                .setClassLoader(FloorRelay.class.getClassLoader())
                .setContextPath("/")
                .setDeploymentName("floor.war")
                .addServletContextAttribute(WebSocketDeploymentInfo.ATTRIBUTE_NAME, ws);
        DeploymentManager manager = Servlets.defaultContainer().addDeployment(deployment);
        manager.deploy();
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(manager.start())
                .build();
        server.start();
        System.out.println("floor relay listening on 127.0.0.1:" + port + ", " + Runtime.getRuntime()
                .availableProcessors() + " processors");
        System.out.flush();
    }

    /** One room's participants. */
    @ServerEndpoint("/floor/{room}")
    public static class Relay {
        static final ConcurrentMap<String, List<Session>> ROOMS = new ConcurrentHashMap<>();

        @OnOpen
        public void open(Session session, @PathParam("room") String room) {
            session.getUserProperties().put("pending", new AtomicInteger());
            session.getUserProperties().put("room", room);
            ROOMS.computeIfAbsent(room, r -> new CopyOnWriteArrayList<>()).add(session);
        }

        @OnMessage
        public void binary(ByteBuffer frame, Session from) {
            ByteBuffer shared = ByteBuffer.allocate(frame.remaining()).put(frame).flip().asReadOnlyBuffer();
            for (Session s : ROOMS.get((String) from.getUserProperties().get("room"))) {
                if (s != from && s.isOpen()) {
                    AtomicInteger pending = (AtomicInteger) s.getUserProperties().get("pending");
                    if (pending.incrementAndGet() > MAX_PENDING_AUDIO) {
                        pending.decrementAndGet();
                        continue;
                    }
                    s.getAsyncRemote().sendBinary(shared.duplicate(), r -> pending.decrementAndGet());
                }
            }
        }

        @OnMessage
        public void text(String message, Session from) {
            for (Session s : ROOMS.get((String) from.getUserProperties().get("room"))) {
                if (s != from && s.isOpen()) {
                    s.getAsyncRemote().sendText(message, r -> {
                    });
                }
            }
        }

        @OnClose
        public void close(Session session) {
            List<Session> room = ROOMS.get((String) session.getUserProperties().get("room"));
            if (room != null) {
                room.remove(session);
            }
        }

        @OnError
        public void error(Session session, Throwable t) {
            // closed by the container
        }
    }
}
