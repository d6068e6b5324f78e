package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.application.BookingFeedService.FeedUpdate;
import org.saphan.application.booking.BookingView;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingFilter;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;

/** The staff feeds' views: each role's allow-list, the summary of open offers while a booking waits, and the scope. */
class BookingFeedServiceBeanTest {

    private BookingFeedServiceBean bean;
    private Booking booking;
    private List<Offer> offers;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        booking = Fixtures.booking();
        offers = booking.offerTo(List.of(InterpreterId.of(1), InterpreterId.of(2)), Fixtures.NOW,
                Duration.ofMinutes(15));
        long id = 40;
        for (Offer offer : offers) {
            Field field = Offer.class.getDeclaredField("id"); // the database's job
            field.setAccessible(true);
            field.set(offer, ++id);
        }
        bean = new BookingFeedServiceBean();
        bean.bookings = mock(BookingRepository.class);
        bean.offers = mock(OfferRepository.class);
        bean.interpreters = mock(InterpreterRepository.class);
        bean.clock = Clock.fixed(Fixtures.NOW.plusSeconds(60), ZoneOffset.UTC);
        when(bean.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        when(bean.offers.findByBooking(Fixtures.REFERENCE)).thenReturn(offers);
    }

    @Test
    void aWaitingBookingCarriesHowManyHoldAnOfferNeverWho() {
        offers.get(1).decline("busy", Fixtures.NOW.plusSeconds(30));

        FeedUpdate update = bean.update(Fixtures.REFERENCE).orElseThrow();

        assertEquals(Fixtures.REFERENCE, update.reference());
        assertEquals("RTP-TAK", update.agency());
        for (BookingView view : List.of(update.requesterView(), update.coordinatorView())) {
            assertEquals(1, view.offers().open(), "the declined offer no longer counts");
            assertEquals(Fixtures.NOW.plusSeconds(15 * 60), view.offers().expiresAt());
            assertEquals(booking.fillDeadline(), view.offers().fillDeadline());
            assertNull(view.acknowledgementRequired());
        }
        assertEquals(booking.caseCode().value(), update.requesterView().caseCode());
    }

    @Test
    void aBookingNoLongerWaitingHasNoOfferSummaryAndAGoneOneNoUpdate() {
        booking.cancel("the hearing moved", Fixtures.NOW);
        assertNull(bean.update(Fixtures.REFERENCE).orElseThrow().coordinatorView().offers());
        assertTrue(bean.update(BookingReference.of(2026, 9)).isEmpty());
    }

    @Test
    void aRequestersFeedShowsItsAgencysBookingsNewestFirst() {
        Booking older = Fixtures.booking();
        Booking newer = new Booking(BookingReference.of(2026, 43), Fixtures.REQUESTER, Fixtures.request().build(),
                Fixtures.NOW.plusSeconds(5));
        when(bean.bookings.findAll(any())).thenReturn(List.of());
        Instant since = bean.clock.instant().minus(BookingFeedServiceBean.RECENT);
        when(bean.bookings.findAll(BookingFilter.ofAgency("RTP-TAK").between(since, null)))
                .thenReturn(List.of(older, newer));
        Grant grant = new Grant(Channel.NOTIFICATIONS, null, "s-somchai", "somchai", Grant.REQUESTER, "RTP-TAK",
                null, Fixtures.NOW.plusSeconds(3600));

        List<BookingView> views = bean.current(grant);

        assertEquals(List.of("SPH-2026-000043", "SPH-2026-000042"), views.stream().map(BookingView::reference)
                .toList());
    }
}
