package org.saphan.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.events.NobodyOnCall;
import org.saphan.application.events.OffersMade;
import org.saphan.application.events.OffersWithdrawn;
import org.saphan.application.gateway.FeedSocket;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.infrastructure.cluster.ClusterRelay;
import org.saphan.infrastructure.cluster.OfferOrder;

/**
 * The one path of a live message: rendered once, pushed to this node's sockets, and the very same text handed to the
 * cluster relay; a wave of offers is one hand-over to the relay, whatever its size.
 */
class LiveNoticesTest {

    private final LiveNotifications feeds = new LiveNotifications();
    private final LiveNotices notices = new LiveNotices();

    {
        feeds.order = new OfferOrder();
        notices.live = feeds;
        notices.relay = mock(ClusterRelay.class);
    }

    /** A feed socket that records the very strings it is sent. */
    private static final class Phone implements FeedSocket {
        final List<String> got = new ArrayList<>();

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public boolean sendText(String json) {
            return got.add(json);
        }

        @Override
        public void serverStops() {
        }
    }

    private static OffersMade wave(long... interpreters) {
        Booking booking = Fixtures.booking();
        List<InterpreterId> ids = new ArrayList<>();
        for (long id : interpreters) {
            ids.add(InterpreterId.of(id));
        }
        List<Offer> offers = booking.offerTo(ids, Fixtures.NOW, java.time.Duration.ofMinutes(15));
        List<OffersMade.Made> made = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            OfferId id = new OfferId(500 + i);
            try {
                java.lang.reflect.Field field = Offer.class.getDeclaredField("id"); // the database's job
                field.setAccessible(true);
                field.set(offers.get(i), id.value());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            made.add(new OffersMade.Made(offers.get(i).interpreter(), id, BookingViews.offer(offers.get(i),
                    booking)));
        }
        return new OffersMade(booking.reference(), made);
    }

    @Test
    void aWaveIsRenderedOncePerOfferPushedHereAndHandedToTheRelayInOneNotice() {
        Phone seven = new Phone();
        Phone sevenTablet = new Phone();
        Phone eight = new Phone();
        Phone nine = new Phone();
        feeds.connect(7, seven);
        feeds.connect(7, sevenTablet);
        feeds.connect(8, eight);
        feeds.connect(9, nine);

        notices.offersMade(wave(7, 8));

        ArgumentCaptor<long[]> interpreters = ArgumentCaptor.forClass(long[].class);
        ArgumentCaptor<long[]> offers = ArgumentCaptor.forClass(long[].class);
        ArgumentCaptor<String[]> texts = ArgumentCaptor.forClass(String[].class);
        verify(notices.relay, times(1)).offers(interpreters.capture(), offers.capture(), texts.capture());
        assertArrayEquals(new long[]{7, 8}, interpreters.getValue());
        assertArrayEquals(new long[]{500, 501}, offers.getValue());
        assertEquals(1, seven.got.size());
        assertSame(texts.getValue()[0], seven.got.get(0), "the relay gets the very text the sockets got");
        assertSame(seven.got.get(0), sevenTablet.got.get(0), "rendered once for both of its sockets");
        assertSame(texts.getValue()[1], eight.got.get(0));
        assertTrue(seven.got.get(0).startsWith("{\"type\":\"offer\",\"offer\":{\"id\":500,"), seven.got.get(0));
        assertTrue(eight.got.get(0).contains("\"id\":501"), eight.got.get(0));
        assertTrue(nine.got.isEmpty(), "nobody else hears of it");
    }

    @Test
    void anOfferArrivingAfterItsWithdrawalIsDroppedHereToo() {
        Phone seven = new Phone();
        feeds.connect(7, seven);
        notices.offersWithdrawn(new OffersWithdrawn(List.of(new OffersWithdrawn.Withdrawn(InterpreterId.of(7),
                new OfferId(500)))));
        notices.offersMade(wave(7));
        assertEquals(List.of("{\"type\":\"offer-withdrawn\",\"offerId\":500}"), seven.got);
        verify(notices.relay).withdrawals(any(), any(), any());
    }

    @Test
    void withdrawalsOfOneActAreOneNoticeWithTheTextsTheSocketsGot() {
        Phone seven = new Phone();
        Phone eight = new Phone();
        feeds.connect(7, seven);
        feeds.connect(8, eight);
        notices.offersWithdrawn(new OffersWithdrawn(List.of(new OffersWithdrawn.Withdrawn(InterpreterId.of(7),
                new OfferId(41)), new OffersWithdrawn.Withdrawn(InterpreterId.of(8), new OfferId(42)))));
        ArgumentCaptor<String[]> texts = ArgumentCaptor.forClass(String[].class);
        verify(notices.relay, times(1)).withdrawals(any(), any(), texts.capture());
        assertEquals(List.of("{\"type\":\"offer-withdrawn\",\"offerId\":41}"), seven.got);
        assertEquals(List.of("{\"type\":\"offer-withdrawn\",\"offerId\":42}"), eight.got);
        assertSame(seven.got.get(0), texts.getValue()[0]);
        assertSame(eight.got.get(0), texts.getValue()[1]);
    }

    @Test
    void nobodyOnCallReachesTheCoordinatorsHereAndElsewhereAsOneText() {
        Phone ploy = new Phone();
        feeds.connectStaff(
                new org.saphan.application.gateway.Grant(org.saphan.domain.model.session.Channel.NOTIFICATIONS,
                        null, "s-ploy", "ploy", org.saphan.application.gateway.Grant.COORDINATOR, "SAPHAN", null,
                        java.time.Instant.now().plusSeconds(3600)),
                ploy);
        notices.nobodyOnCall(new NobodyOnCall(Fixtures.REFERENCE, 2, BookingViews.of(Fixtures.booking(),
                BookingViews.Viewer.COORDINATOR, null)));
        ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
        verify(notices.relay).toCoordinators(text.capture());
        assertEquals(1, ploy.got.size());
        assertSame(text.getValue(), ploy.got.get(0));
    }

    @Test
    void aChangedBookingTravelsAsItsReference() {
        notices.bookingChanged(new BookingChanged(Fixtures.REFERENCE));
        verify(notices.relay).bookingChanged(Fixtures.REFERENCE);
    }
}
