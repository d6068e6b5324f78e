package org.saphan.interfaces.websocket;

import static org.saphan.interfaces.websocket.Jsons.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saphan.application.gateway.Attendance;
import org.saphan.application.gateway.Grant;

/**
 * {@code /gateway/sessions/{reference}}: one participant in a remote session. Runs on the socket's I/O thread
 * (the server does not dispatch frames to workers), so it does no database work and never blocks: audio is relayed
 * byte for byte with asynchronous sends; text and control are checked against the sender's role, numbered and
 * relayed. Limits per connection: message size (oversized closes with 1009), a rate of messages, and an idle timeout.
 */
public class SessionEndpoint extends Endpoint {

    static final int MAX_TEXT_BYTES = 8 * 1024;
    static final int MAX_AUDIO_BYTES = 8 * 1024;
    static final int MAX_BODY_CHARS = 2000;
    /** Per second and connection: audio at 50 frames a second passes with room to spare. */
    static final int AUDIO_PER_SECOND = 200;
    static final int TEXT_PER_SECOND = 20;

    private final Grant grant;
    private final Gateway gateway;
    private Participant participant;
    private Room room;
    private final RateLimit audioRate = new RateLimit(AUDIO_PER_SECOND);
    private final RateLimit textRate = new RateLimit(TEXT_PER_SECOND);

    SessionEndpoint(Grant grant, Gateway gateway) {
        this.grant = grant;
        this.gateway = gateway;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(MAX_TEXT_BYTES);
        session.setMaxBinaryMessageBufferSize(MAX_AUDIO_BYTES);
        session.setMaxIdleTimeout(60_000);
        SocketOutbox outbox = new SocketOutbox(session);
        room = gateway.room(grant.booking());
        if (room.ended()) {
            outbox.close(CloseCodes.NORMAL_CLOSURE, "the session has ended");
            return;
        }
        participant = new Participant(room, grant, outbox);
        gateway.admit(outbox, grant);
        // the size limit counts every fragment of a message; over it closes with 1009
        BoundedMessages.install(session, outbox, MAX_TEXT_BYTES, this::text, this::audio);
        room.join(participant);
    }

    private void audio(ByteBuffer frame) {
        participant.bytesIn.addAndGet(frame.remaining());
        participant.messagesIn.incrementAndGet();
        if (!audioRate.allow()) {
            participant.outbox().close(CloseCodes.VIOLATED_POLICY, "too many frames");
            return;
        }
        room.relay(participant, frame);
    }

    private void text(String message) {
        participant.bytesIn.addAndGet(message.length());
        participant.messagesIn.incrementAndGet();
        if (!textRate.allow()) {
            participant.outbox().close(CloseCodes.VIOLATED_POLICY, "too many messages");
            return;
        }
        JsonObject m;
        try (JsonReader reader = JSON.createReader(new StringReader(message))) {
            m = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            refuse("not a JSON object");
            return;
        }
        JsonValue type = m.get("type");
        switch (type instanceof JsonString s ? s.getString() : "") {
            case "text" -> {
                JsonValue body = m.get("body");
                if (!(body instanceof JsonString s) || s.getString().isEmpty()
                        || s.getString().length() > MAX_BODY_CHARS) {
                    refuse("a text needs a body of 1 to " + MAX_BODY_CHARS + " characters");
                    return;
                }
                room.broadcast(participant, JSON.createObjectBuilder().add("type", "text")
                        .add("from", participant.id()).add("body", s.getString()));
            }
            case "mute" -> room.broadcast(participant, JSON.createObjectBuilder().add("type", "mute")
                    .add("from", participant.id()).add("muted", m.getBoolean("muted", true)));
            case "pause" -> {
                if (participant.role().equals(Grant.GUEST)) {
                    refuse("only the officer or the interpreter can pause");
                    return;
                }
                room.broadcast(participant, JSON.createObjectBuilder().add("type", "pause")
                        .add("from", participant.id()).add("paused", m.getBoolean("paused", true)));
            }
            case "end" -> {
                if (!participant.role().equals(Grant.REQUESTER)) {
                    refuse("only the requester can end the session");
                    return;
                }
                room.end(CloseCodes.NORMAL_CLOSURE, "the session has ended");
                gateway.roomEnded(room);
            }
            case "presence", "microphone", "codecs", "leave", "ping" -> room.control(participant, m);
            default -> refuse("unknown message type");
        }
    }

    /** Tells the sender what was refused; the refused content itself is not echoed or logged. */
    private void refuse(String why) {
        participant.outbox().sendText(JSON.createObjectBuilder().add("type", "error").add("message", why).build()
                .toString());
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (participant == null) {
            return;
        }
        room.leave(participant, reason.getCloseCode().getCode() == CloseCodes.NORMAL_CLOSURE.getCode());
        gateway.release(participant.outbox());
        Participant p = participant;
        // the guest's subject is its admission (guest-...), the same actor as when it joined
        Attendance attendance = new Attendance(grant.booking(), p.id(), p.role(), grant.subject(), grant.username(),
                grant.agency(), p.joinedAt, room.now(),
                p.bytesIn.get(), p.outbox().bytesOut(), p.messagesIn.get(), reason.getCloseCode().getCode());
        gateway.later(() -> gateway.sessions().recordAttendance(attendance), "record attendance");
    }

    @Override
    public void onError(Session session, Throwable thr) {
        // the container closes the socket itself (1009 for an oversized message); what went wrong is still told:
        // a dropped connection quietly (phones drop all the time), anything else as a fault to look into
        Logger.getLogger(SessionEndpoint.class.getName()).log(thr instanceof IOException ? Level.FINE : Level.WARNING,
                "Error on a socket of room " + grant.booking() + " (" + grant.role() + ")", thr);
    }

    /** A fixed window of one second: enough to stop a flood, no allocation per message. */
    static final class RateLimit {
        private final int perSecond;
        private final LongSupplier nanoClock;
        private long windowStart;
        private int count;

        RateLimit(int perSecond) {
            this(perSecond, System::nanoTime);
        }

        RateLimit(int perSecond, LongSupplier nanoClock) {
            this.perSecond = perSecond;
            this.nanoClock = nanoClock;
            this.windowStart = nanoClock.getAsLong();
        }

        boolean allow() {
            long now = nanoClock.getAsLong();
            if (now - windowStart >= 1_000_000_000L) {
                windowStart = now;
                count = 0;
            }
            return ++count <= perSecond;
        }
    }
}
