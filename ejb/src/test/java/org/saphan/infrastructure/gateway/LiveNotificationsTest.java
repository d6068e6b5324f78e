package org.saphan.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saphan.application.BookingFeedService;
import org.saphan.application.BookingFeedService.FeedUpdate;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.events.BookingCancelled;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.gateway.FeedSocket;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.LiveFeeds;
import org.saphan.application.events.OffersWithdrawn;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.session.Channel;
import org.saphan.infrastructure.cluster.ClusterRelay;
import org.saphan.infrastructure.cluster.OfferOrder;

/**
 * The live feeds behind the application's port: the cap of sockets per interpreter, pushes that reach only their
 * interpreter, and staff hearing of bookings as their role sees them.
 */
class LiveNotificationsTest {

    private final LiveNotifications feeds = new LiveNotifications();

    {
        feeds.order = new OfferOrder();
    }

    /** A feed socket that records what it is sent, as the gateway's outbox of an open WebSocket. */
    private static final class Phone implements FeedSocket {
        final List<String> got = new ArrayList<>();
        boolean open = true;

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public boolean sendText(String json) {
            return open && got.add(json);
        }

        @Override
        public void serverStops() {
            open = false;
        }
    }

    @Test
    void atMostThreeSocketsPerInterpreter() {
        for (int i = 0; i < LiveFeeds.MAX_SOCKETS_PER_INTERPRETER; i++) {
            assertTrue(feeds.connect(7, new Phone()));
        }
        assertFalse(feeds.connect(7, new Phone()), "a fourth is refused");
        assertTrue(feeds.connect(8, new Phone()), "another interpreter has its own cap");
        assertEquals(3, feeds.connectedCount(7));
        assertEquals(1, feeds.connectedCount(8));
        assertEquals(0, feeds.connectedCount(9));
    }

    @Test
    void aClosedSocketFreesItsPlace() {
        Phone dead = new Phone();
        FeedSocket deadOutbox = dead;
        feeds.connect(7, deadOutbox);
        FeedSocket second = new Phone();
        feeds.connect(7, second);
        feeds.connect(7, new Phone());
        dead.open = false;
        assertEquals(2, feeds.connectedCount(7), "a socket that closed without saying so is not counted");
        assertTrue(feeds.connect(7, new Phone()), "and its place is taken by a new one");

        feeds.disconnect(7, second);
        assertEquals(2, feeds.connectedCount(7));
    }

    @Test
    void pushesReachOnlyTheirInterpretersSockets() {
        Phone phone = new Phone();
        Phone tablet = new Phone();
        Phone other = new Phone();
        feeds.connect(7, phone);
        feeds.connect(7, tablet);
        feeds.connect(8, other);

        LiveNotices notices = new LiveNotices();
        notices.live = feeds;
        notices.relay = mock(ClusterRelay.class);
        notices.offersWithdrawn(new OffersWithdrawn(List.of(new OffersWithdrawn.Withdrawn(InterpreterId.of(7),
                new OfferId(41)))));
        notices.cancelled(new BookingCancelled(InterpreterId.of(7), Fixtures.REFERENCE));

        List<String> expected = List.of("{\"type\":\"offer-withdrawn\",\"offerId\":41}",
                "{\"type\":\"cancelled\",\"booking\":\"" + Fixtures.REFERENCE.value() + "\"}");
        assertEquals(expected, phone.got);
        assertEquals(expected, tablet.got);
        assertTrue(other.got.isEmpty());
    }

    @Test
    void aPushToSomeoneWithoutSocketsGoesNowhere() {
        Phone phone = new Phone();
        feeds.connect(7, phone);
        feeds.pushWithdrawal(99, 1, "{\"type\":\"offer-withdrawn\",\"offerId\":1}");
        assertTrue(phone.got.isEmpty());
        assertEquals(0, feeds.connectedCount(99));
    }

    @Test
    void messagesAreTypedJson() {
        assertEquals("{\"type\":\"offer\",\"offer\":{\"id\":3}}", feeds.message("offer", "offer", Map.of("id", 3)));
    }

    @Test
    void stoppingClosesEverySocket() {
        Phone phone = new Phone();
        Phone ploy = new Phone();
        feeds.connect(7, phone);
        feeds.connectStaff(staff(Grant.COORDINATOR, "s-ploy", "SAPHAN"), ploy);
        feeds.closeAll();
        assertFalse(phone.open);
        assertFalse(ploy.open);
    }

    /** The managed executor that reads a changed booking off the committing thread, here running it at once. */
    private void readsAtOnce() {
        feeds.executor = mock(jakarta.enterprise.concurrent.ManagedExecutorService.class);
        org.mockito.Mockito.doAnswer(i -> {
            i.<Runnable>getArgument(0).run();
            return null;
        }).when(feeds.executor).execute(any(Runnable.class));
    }

    private static Grant staff(String role, String subject, String agency) {
        return new Grant(Channel.NOTIFICATIONS, null, subject, "user-" + subject, role, agency, null,
                java.time.Instant.now()
                        .plusSeconds(3600));
    }

    @Test
    void aChangedBookingReachesItsAgencysRequestersAndTheCoordinatorsEachWithTheirView() {
        readsAtOnce();
        feeds.feed = mock(BookingFeedService.class);
        BookingView requesters = BookingViews.of(Fixtures.booking(), Viewer.REQUESTER, null);
        BookingView coordinators = BookingViews.of(Fixtures.booking(), Viewer.COORDINATOR, "Interpreter Zero-Five");
        when(feeds.feed.update(Fixtures.REFERENCE)).thenReturn(Optional.of(new FeedUpdate(Fixtures.REFERENCE,
                "RTP-ATPD", requesters, coordinators)));
        Phone somchai = new Phone();
        Phone otherAgency = new Phone();
        Phone ploy = new Phone();
        Phone interpreter = new Phone();
        feeds.connectStaff(staff(Grant.REQUESTER, "s-somchai", "RTP-ATPD"), somchai);
        feeds.connectStaff(staff(Grant.REQUESTER, "s-anan", "RTP-TAK"), otherAgency);
        feeds.connectStaff(staff(Grant.COORDINATOR, "s-ploy", "SAPHAN"), ploy);
        feeds.connect(7, interpreter);

        feeds.bookingChanged(new BookingChanged(Fixtures.REFERENCE));

        assertEquals(List.of(feeds.message("booking", "booking", requesters)), somchai.got);
        assertEquals(List.of(feeds.message("booking", "booking", coordinators)), ploy.got);
        assertTrue(somchai.got.get(0).startsWith("{\"type\":\"booking\",\"booking\":{\"reference\":\""
                + Fixtures.REFERENCE.value() + "\""), somchai.got.get(0));
        assertTrue(otherAgency.got.isEmpty(), "another agency never hears of it");
        assertTrue(interpreter.got.isEmpty(), "interpreters' feeds carry offers, not bookings");
    }

    @Test
    void aFailingFeedReadDoesNotUndoTheChange() {
        readsAtOnce();
        feeds.feed = mock(BookingFeedService.class);
        when(feeds.feed.update(Fixtures.REFERENCE)).thenThrow(new IllegalStateException("database down"));
        Phone ploy = new Phone();
        feeds.connectStaff(staff(Grant.COORDINATOR, "s-ploy", "SAPHAN"), ploy);
        feeds.bookingChanged(new BookingChanged(Fixtures.REFERENCE));
        assertTrue(ploy.got.isEmpty());
    }
}
