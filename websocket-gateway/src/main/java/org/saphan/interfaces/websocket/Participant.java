package org.saphan.interfaces.websocket;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.saphan.application.gateway.Grant;

/** One socket in a room: who it is, what it may do, and the counters of its attendance record (never content). */
final class Participant {

    private final Room room;
    private final Grant grant;
    private final String id;
    private final SocketOutbox outbox;
    final Instant joinedAt;
    final AtomicLong bytesIn = new AtomicLong();
    final AtomicLong messagesIn = new AtomicLong();
    /** Said {@code leave} before its socket closed: gone on purpose, not away. */
    volatile boolean leaving;

    Participant(Room room, Grant grant, SocketOutbox outbox) {
        this.room = room;
        this.grant = grant;
        this.id = room.idFor(identity(grant));
        this.outbox = outbox;
        this.joinedAt = room.now();
    }

    private static String identity(Grant grant) {
        return grant.role() + ":" + grant.subject();
    }

    String identity() {
        return identity(grant);
    }

    String id() {
        return id;
    }

    String role() {
        return grant.role();
    }

    Grant grant() {
        return grant;
    }

    SocketOutbox outbox() {
        return outbox;
    }

    void send(String json, long seq) {
        outbox.sendText(json, seq, n -> room.delivered(identity(), n));
    }
}
