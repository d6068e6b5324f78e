package org.saphan.interfaces.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.util.Map;
import org.saphan.application.gateway.Grant;
import org.saphan.infrastructure.gateway.SocketOutbox;

/**
 * {@code /gateway/notifications}: an interpreter's live feed. On (re)connecting it gets its open offers again, so
 * that nothing is missed while the phone slept; then every offer, withdrawal, assignment and cancellation as it
 * happens. The client only listens: anything it sends is refused.
 */
public class NotificationEndpoint extends Endpoint {

    private final Grant grant;
    private final Gateway gateway;
    private SocketOutbox outbox;

    NotificationEndpoint(Grant grant, Gateway gateway) {
        this.grant = grant;
        this.gateway = gateway;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(1024);
        session.setMaxBinaryMessageBufferSize(1024);
        session.setMaxIdleTimeout(15 * 60 * 1000L);
        outbox = new SocketOutbox(session);
        if (!gateway.notifications().connect(grant.interpreterId(), outbox)) {
            outbox.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many sockets");
            return;
        }
        gateway.admit(outbox, grant);
        BoundedMessages.refuseAll(session, outbox);
        gateway.later(() -> {
            for (Map<String, Object> offer : gateway.access().openOffersOf(grant.interpreterId())) {
                outbox.sendText(gateway.notifications().message("offer", "offer", offer));
            }
        }, "send open offers again");
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (outbox != null) {
            gateway.notifications().disconnect(grant.interpreterId(), outbox);
            gateway.release(outbox);
        }
    }
}
