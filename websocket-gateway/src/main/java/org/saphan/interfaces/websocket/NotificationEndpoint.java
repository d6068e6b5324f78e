package org.saphan.interfaces.websocket;

import org.saphan.application.booking.OfferView;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * {@code /gateway/notifications}: an interpreter's live feed. On (re)connecting it gets its open offers again, so
 * that nothing is missed while the phone slept; then every offer, withdrawal, assignment and cancellation as it
 * happens. The client only listens: anything it sends is refused.
 */
public class NotificationEndpoint extends FeedEndpoint {

    NotificationEndpoint(Grant grant, Gateway gateway) {
        super(grant, gateway);
    }

    @Override
    boolean connect(SocketOutbox outbox) {
        return gateway.feeds().connect(grant.interpreterId(), outbox);
    }

    @Override
    void disconnect(SocketOutbox outbox) {
        gateway.feeds().disconnect(grant.interpreterId(), outbox);
    }

    @Override
    void replay(SocketOutbox outbox) {
        for (OfferView offer : gateway.offers().openOffersOf(InterpreterId.of(grant.interpreterId()))) {
            outbox.sendText(gateway.feeds().message("offer", "offer", offer));
        }
    }

    @Override
    String replayName() {
        return "send open offers again";
    }
}
