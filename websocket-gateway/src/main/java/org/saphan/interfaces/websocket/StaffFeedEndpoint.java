package org.saphan.interfaces.websocket;

import org.saphan.application.booking.BookingView;
import org.saphan.application.gateway.Grant;

/**
 * {@code /gateway/notifications} for a requester (its agency's bookings) or a coordinator (every booking). On
 * (re)connecting it gets the current state again, one {@code booking} message per recent or waiting booking, so a
 * page that slept or lost its network misses nothing; then every change as it commits. It only sends.
 */
public class StaffFeedEndpoint extends FeedEndpoint {

    StaffFeedEndpoint(Grant grant, Gateway gateway) {
        super(grant, gateway);
    }

    @Override
    boolean connect(SocketOutbox outbox) {
        return gateway.feeds().connectStaff(grant, outbox);
    }

    @Override
    void disconnect(SocketOutbox outbox) {
        gateway.feeds().disconnectStaff(grant, outbox);
    }

    @Override
    void replay(SocketOutbox outbox) {
        for (BookingView booking : gateway.bookingFeed().current(grant)) {
            outbox.sendText(gateway.feeds().message("booking", "booking", booking));
        }
    }

    @Override
    String replayName() {
        return "send the current bookings again";
    }
}
