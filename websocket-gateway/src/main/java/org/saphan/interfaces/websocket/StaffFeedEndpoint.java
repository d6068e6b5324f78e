package org.saphan.interfaces.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.util.Map;
import org.saphan.application.gateway.Grant;
import org.saphan.infrastructure.gateway.SocketOutbox;

/**
 * {@code /gateway/notifications} for a requester (its agency's bookings) or a coordinator (every booking). On
 * (re)connecting it gets the current state again, one {@code booking} message per recent or waiting booking, so a
 * page that slept or lost its network misses nothing; then every change as it commits. It only sends.
 */
public class StaffFeedEndpoint extends Endpoint {

    private final Grant grant;
    private final Gateway gateway;
    private SocketOutbox outbox;

    StaffFeedEndpoint(Grant grant, Gateway gateway) {
        this.grant = grant;
        this.gateway = gateway;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(1024);
        session.setMaxBinaryMessageBufferSize(1024);
        session.setMaxIdleTimeout(15 * 60 * 1000L);
        outbox = new SocketOutbox(session);
        if (!gateway.notifications().connectStaff(grant, outbox)) {
            outbox.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many sockets");
            outbox = null;
            return;
        }
        gateway.admit(outbox, grant);
        BoundedMessages.refuseAll(session, outbox);
        gateway.later(() -> {
            for (Map<String, Object> booking : gateway.bookingFeed().current(grant)) {
                outbox.sendText(gateway.notifications().message("booking", "booking", booking));
            }
        }, "send the current bookings again");
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (outbox != null) {
            gateway.notifications().disconnectStaff(grant, outbox);
            gateway.release(outbox);
        }
    }
}
