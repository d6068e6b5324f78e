package org.saphan.application;

import java.util.List;
import java.util.Optional;
import org.saphan.application.booking.BookingView;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.booking.BookingReference;

/**
 * What the requesters' and coordinators' live feeds carry: a booking as each of them may see it (the
 * {@code BookingViews} allow-list), with a summary of its open offers (how many, until when; never to whom), read
 * after the change committed. Called by the gateway, which has no caller of its own: the grant says who listens.
 */
public interface BookingFeedService {

    /** One booking for the feeds: the agency whose requesters hear of it, and the view of each role. */
    record FeedUpdate(BookingReference reference, String agency, BookingView requesterView,
            BookingView coordinatorView) {
    }

    /** The booking as it is now, for the feeds; empty when it is gone. */
    Optional<FeedUpdate> update(BookingReference reference);

    /**
     * The bookings a requester's feed (its agency's) or a coordinator's (every agency's) shows again on connecting:
     * those starting from yesterday on, and every one still waiting for an interpreter, newest first.
     */
    List<BookingView> current(Grant grant);
}
