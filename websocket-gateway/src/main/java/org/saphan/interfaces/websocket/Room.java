package org.saphan.interfaces.websocket;

import static org.saphan.interfaces.websocket.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.saphan.domain.model.booking.BookingReference;

/**
 * One remote session's room, in memory only: who is in it, and the numbered text and control messages of this
 * session so that a participant who drops can rejoin and get what it missed. A participant whose socket dropped
 * without leaving on purpose (a phone that switched apps, a lost connection) is <em>away</em> for the others until
 * it is back. Audio is relayed and forgotten. When
 * the room ends, or empties and stays empty, everything it held is gone; nothing of it is ever written anywhere.
 */
final class Room {

    /** Text and control messages kept for rejoining participants. */
    static final int HISTORY = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BookingReference booking;
    private final Clock clock;
    private final List<Participant> present = new CopyOnWriteArrayList<>();
    /** Those whose socket dropped without leaving, by identity, until they come back. */
    private final ConcurrentMap<String, Participant> away = new ConcurrentHashMap<>();
    /** A participant's id per identity (subject, or a guest's admission), stable across rejoins. */
    private final ConcurrentMap<String, String> ids = new ConcurrentHashMap<>();
    /** The highest sequence number each identity is known to have received. */
    private final ConcurrentMap<String, Long> delivered = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final Deque<Numbered> history = new ArrayDeque<>();
    private volatile boolean ended;
    private volatile Instant emptySince;

    private record Numbered(long seq, String json) {
    }

    Room(BookingReference booking, Clock clock) {
        this.booking = booking;
        this.clock = clock;
        this.emptySince = now();
    }

    BookingReference booking() {
        return booking;
    }

    /** The time now, by the application's clock. */
    Instant now() {
        return Instant.now(clock);
    }

    boolean ended() {
        return ended;
    }

    String idFor(String identity) {
        return ids.computeIfAbsent(identity, k -> {
            byte[] b = new byte[4];
            RANDOM.nextBytes(b);
            return "p-" + HexFormat.of().formatHex(b);
        });
    }

    /** Adds a participant; one socket per identity, so an older socket of the same identity is closed. */
    void join(Participant p) {
        for (Participant old : present) {
            if (old.identity().equals(p.identity())) {
                present.remove(old);
                old.outbox().close(CloseReason.CloseCodes.NORMAL_CLOSURE, "joined again elsewhere");
            }
        }
        boolean back = away.remove(p.identity()) != null;
        JsonArrayBuilder others = JSON.createArrayBuilder();
        for (Participant o : present) {
            others.add(JSON.createObjectBuilder().add("id", o.id()).add("role", o.role()));
        }
        for (Participant o : away.values()) {
            others.add(JSON.createObjectBuilder().add("id", o.id()).add("role", o.role()).add("away", true));
        }
        p.send(JSON.createObjectBuilder().add("type", "joined").add("you", p.id()).add("participants", others)
                .build().toString(), 0);
        Long last = delivered.get(p.identity());
        if (last != null) {
            for (Numbered missed : since(last)) {
                p.send(missed.json(), missed.seq());
            }
        } else {
            // a newcomer has seen the room as it is now: should it drop before anything reached it, what is said
            // from here on is what it missed
            delivered.putIfAbsent(p.identity(), seq.get());
        }
        present.add(p);
        emptySince = null;
        broadcast(p, JSON.createObjectBuilder().add("type", "participant-joined")
                .add("participant", JSON.createObjectBuilder().add("id", p.id()).add("role", p.role()))
                .add("back", back));
    }

    /**
     * A socket closed. Gone on purpose ({@code leave}, or a normal closure) is {@code participant-left}; anything
     * else (a drop, a phone that put the page to sleep) is {@code participant-away} until the same identity joins
     * again.
     */
    void leave(Participant p, boolean deliberate) {
        if (present.remove(p)) {
            JsonObjectBuilder who = JSON.createObjectBuilder().add("id", p.id()).add("role", p.role());
            if (deliberate || p.leaving) {
                broadcast(p, JSON.createObjectBuilder().add("type", "participant-left").add("participant", who));
            } else {
                away.put(p.identity(), p);
                broadcast(p, JSON.createObjectBuilder().add("type", "participant-away").add("participant", who));
            }
        }
        if (present.isEmpty()) {
            emptySince = now();
        }
    }

    /** Numbers the message, keeps it for rejoins, and sends it to everyone but its sender. */
    void broadcast(Participant from, JsonObjectBuilder message) {
        long n;
        String json;
        synchronized (history) {
            n = seq.incrementAndGet();
            json = message.add("seq", n).build().toString();
            history.addLast(new Numbered(n, json));
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
        for (Participant p : present) {
            if (p != from) {
                p.send(json, n);
            }
        }
    }

    /**
     * The pages' small control messages, none of which carries content: {@code presence} (the page went to the
     * background or came back), {@code microphone} (the browser refused or allowed it, so that the officer is told),
     * {@code codecs} (whether this browser can play Opus, so that the others send the second codec if it cannot),
     * {@code leave} (going on purpose, not away) and {@code ping} (a keep-alive that only its sender gets back, as
     * {@code pong} with the sender's {@code t}, for the round trip).
     */
    void control(Participant p, JsonObject m) {
        switch (m.getString("type")) {
            case "presence" -> broadcast(p, JSON.createObjectBuilder().add("type", "presence").add("from", p.id())
                    .add("away", m.getBoolean("away", false)));
            case "microphone" -> broadcast(p, JSON.createObjectBuilder().add("type", "microphone")
                    .add("from", p.id()).add("role", p.role()).add("blocked", m.getBoolean("blocked", false)));
            case "codecs" -> broadcast(p, JSON.createObjectBuilder().add("type", "codecs").add("from", p.id())
                    .add("opus", m.getBoolean("opus", true)));
            case "leave" -> {
                p.leaving = true;
                p.outbox().close(CloseReason.CloseCodes.NORMAL_CLOSURE, "left");
            }
            case "ping" -> {
                JsonObjectBuilder pong = JSON.createObjectBuilder().add("type", "pong");
                if (m.get("t") instanceof JsonNumber t) {
                    pong.add("t", t);
                }
                p.outbox().sendText(pong.build().toString());
            }
            default -> throw new IllegalArgumentException("not a control message");
        }
    }

    /** Audio: the same bytes to every other participant, one copy of the frame shared read-only. */
    void relay(Participant from, ByteBuffer frame) {
        ByteBuffer shared = ByteBuffer.allocate(frame.remaining()).put(frame).flip().asReadOnlyBuffer();
        for (Participant p : present) {
            if (p != from) {
                p.outbox().sendBinary(shared.duplicate());
            }
        }
    }

    void delivered(String identity, long n) {
        delivered.merge(identity, n, Math::max);
    }

    /** The requester ends the session: everyone hears it, every socket closes, the room forgets. */
    void end(CloseReason.CloseCode code, String reason) {
        if (ended) {
            return;
        }
        ended = true;
        broadcast(null, JSON.createObjectBuilder().add("type", "ended"));
        for (Participant p : present) {
            p.outbox().close(code, reason);
        }
        present.clear();
        away.clear();
        synchronized (history) {
            history.clear();
        }
    }

    boolean isEmptyAndIdle() {
        Instant since = emptySince;
        return ended || (since != null && since.isBefore(now().minusSeconds(30 * 60)));
    }

    private List<Numbered> since(long last) {
        synchronized (history) {
            List<Numbered> missed = new ArrayList<>();
            for (Numbered m : history) {
                if (m.seq() > last) {
                    missed.add(m);
                }
            }
            return missed;
        }
    }
}
