package org.saphan.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saphan.application.BookingFeedService;
import org.saphan.application.BookingFeedService.FeedUpdate;
import org.saphan.application.events.BookingCancelled;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.gateway.Grant;
import org.saphan.application.events.OfferWithdrawn;
import org.saphan.infrastructure.cluster.OfferOrder;

/** The interpreters' feeds: the cap of sockets per interpreter, and pushes that reach only their interpreter. */
class LiveNotificationsTest {

    private final LiveNotifications feeds = new LiveNotifications();

    {
        feeds.order = new OfferOrder();
    }

    /** A socket that records what it is sent. */
    private static final class Phone {
        final Session session = mock(Session.class);
        final List<String> got = new ArrayList<>();
        boolean open = true;

        Phone() throws IOException {
            RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);
            when(session.isOpen()).thenAnswer(i -> open);
            when(session.getAsyncRemote()).thenReturn(remote);
            doAnswer(i -> {
                got.add(i.getArgument(0));
                i.<SendHandler>getArgument(1).onResult(new SendResult());
                return null;
            }).when(remote).sendText(anyString(), any(SendHandler.class));
            doAnswer(i -> open = false).when(session).close(any(CloseReason.class));
        }

        SocketOutbox outbox() {
            return new SocketOutbox(session);
        }
    }

    @Test
    void atMostThreeSocketsPerInterpreter() throws IOException {
        for (int i = 0; i < LiveNotifications.MAX_SOCKETS_PER_INTERPRETER; i++) {
            assertTrue(feeds.connect(7, new Phone().outbox()));
        }
        assertFalse(feeds.connect(7, new Phone().outbox()), "a fourth is refused");
        assertTrue(feeds.connect(8, new Phone().outbox()), "another interpreter has its own cap");
        assertEquals(3, feeds.connectedCount(7));
        assertEquals(1, feeds.connectedCount(8));
        assertEquals(0, feeds.connectedCount(9));
    }

    @Test
    void aClosedSocketFreesItsPlace() throws IOException {
        Phone dead = new Phone();
        SocketOutbox deadOutbox = dead.outbox();
        feeds.connect(7, deadOutbox);
        SocketOutbox second = new Phone().outbox();
        feeds.connect(7, second);
        feeds.connect(7, new Phone().outbox());
        dead.open = false;
        assertEquals(2, feeds.connectedCount(7), "a socket that closed without saying so is not counted");
        assertTrue(feeds.connect(7, new Phone().outbox()), "and its place is taken by a new one");

        feeds.disconnect(7, second);
        assertEquals(2, feeds.connectedCount(7));
    }

    @Test
    void pushesReachOnlyTheirInterpretersSockets() throws IOException {
        Phone phone = new Phone();
        Phone tablet = new Phone();
        Phone other = new Phone();
        feeds.connect(7, phone.outbox());
        feeds.connect(7, tablet.outbox());
        feeds.connect(8, other.outbox());

        feeds.offerWithdrawn(new OfferWithdrawn(7, 41));
        feeds.cancelled(new BookingCancelled(7, "SPH-2026-000123"));

        List<String> expected = List.of("{\"type\":\"offer-withdrawn\",\"offerId\":41}",
                "{\"type\":\"cancelled\",\"booking\":\"SPH-2026-000123\"}");
        assertEquals(expected, phone.got);
        assertEquals(expected, tablet.got);
        assertTrue(other.got.isEmpty());
    }

    @Test
    void aPushToSomeoneWithoutSocketsGoesNowhere() {
        feeds.offerWithdrawn(new OfferWithdrawn(99, 1));
        assertTrue(feeds.all().isEmpty());
    }

    @Test
    void messagesAreTypedJson() {
        assertEquals("{\"type\":\"offer\",\"offer\":{\"id\":3}}", feeds.message("offer", "offer", Map.of("id", 3)));
    }

    @Test
    void stoppingClosesEverySocket() throws IOException {
        Phone phone = new Phone();
        feeds.connect(7, phone.outbox());
        feeds.closeAll();
        assertFalse(phone.open);
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
        return new Grant(Grant.Channel.NOTIFICATIONS, null, subject, "user-" + subject, role, agency, null,
                java.time.Instant.now()
                        .plusSeconds(3600));
    }

    @Test
    void aChangedBookingReachesItsAgencysRequestersAndTheCoordinatorsEachWithTheirView() throws IOException {
        readsAtOnce();
        feeds.feed = mock(BookingFeedService.class);
        when(feeds.feed.update("SPH-2026-000001")).thenReturn(Optional.of(new FeedUpdate("SPH-2026-000001",
                "RTP-ATPD", Map.of("view", "requester"), Map.of("view", "coordinator"))));
        Phone somchai = new Phone();
        Phone otherAgency = new Phone();
        Phone ploy = new Phone();
        Phone interpreter = new Phone();
        feeds.connectStaff(staff(Grant.REQUESTER, "s-somchai", "RTP-ATPD"), somchai.outbox());
        feeds.connectStaff(staff(Grant.REQUESTER, "s-anan", "RTP-TAK"), otherAgency.outbox());
        feeds.connectStaff(staff(Grant.COORDINATOR, "s-ploy", "SAPHAN"), ploy.outbox());
        feeds.connect(7, interpreter.outbox());

        feeds.bookingChanged(new BookingChanged("SPH-2026-000001"));

        assertEquals(List.of("{\"type\":\"booking\",\"booking\":{\"view\":\"requester\"}}"), somchai.got);
        assertEquals(List.of("{\"type\":\"booking\",\"booking\":{\"view\":\"coordinator\"}}"), ploy.got);
        assertTrue(otherAgency.got.isEmpty(), "another agency never hears of it");
        assertTrue(interpreter.got.isEmpty(), "interpreters' feeds carry offers, not bookings");
    }

    @Test
    void aFailingFeedReadDoesNotUndoTheChange() throws IOException {
        readsAtOnce();
        feeds.feed = mock(BookingFeedService.class);
        when(feeds.feed.update("SPH-2026-000001")).thenThrow(new IllegalStateException("database down"));
        Phone ploy = new Phone();
        feeds.connectStaff(staff(Grant.COORDINATOR, "s-ploy", "SAPHAN"), ploy.outbox());
        feeds.bookingChanged(new BookingChanged("SPH-2026-000001"));
        assertTrue(ploy.got.isEmpty());
    }
}
