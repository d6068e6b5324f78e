package org.saphan.interfaces.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import org.saphan.application.gateway.Grant;

/**
 * {@code /gateway/notifications}, whoever listens: small buffers (the client only listens, anything it sends is
 * refused), a cap of sockets per person, admission for the identity recheck, and on (re)connecting the current state
 * again, so that a page that slept or lost its network misses nothing. What "connected" and "current state" mean is
 * the listener's: an interpreter's offers, or a requester's or coordinator's bookings.
 */
abstract class FeedEndpoint extends Endpoint {

    protected final Grant grant;
    protected final Gateway gateway;
    private SocketOutbox outbox;

    FeedEndpoint(Grant grant, Gateway gateway) {
        this.grant = grant;
        this.gateway = gateway;
    }

    /** @return false when the person already holds the most feed sockets it may */
    abstract boolean connect(SocketOutbox outbox);

    abstract void disconnect(SocketOutbox outbox);

    /** Sends the current state again; runs off the socket's thread, since it reads the database. */
    abstract void replay(SocketOutbox outbox);

    /** What {@link #replay} does, for the log when it fails. */
    abstract String replayName();

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(1024);
        session.setMaxBinaryMessageBufferSize(1024);
        session.setMaxIdleTimeout(15 * 60 * 1000L);
        SocketOutbox opened = new SocketOutbox(session);
        if (!connect(opened)) {
            opened.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many sockets");
            return;
        }
        outbox = opened;
        gateway.admit(outbox, grant);
        BoundedMessages.refuseAll(session, outbox);
        gateway.later(() -> replay(opened), replayName());
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (outbox != null) {
            disconnect(outbox);
            gateway.release(outbox);
        }
    }
}
