package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.MatchingPolicy;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.events.OfferMade;
import org.saphan.application.events.OfferWithdrawn;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.InMemoryAuditLog;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.booking.OfferStatus;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.service.CandidatePool;
import org.saphan.domain.service.CandidateSnapshot;

/**
 * Offers in waves, with the ports as stand-ins: a wave of the configured size to the best not asked yet, each offer
 * sent as its interpreter's view; past the fill deadline the booking is unfilled and its open offers withdrawn.
 */
class OfferDispatcherTest {

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final List<Offer> stored = new ArrayList<>();
    private OfferDispatcher dispatcher;
    private Booking booking;

    @SuppressWarnings("unchecked")
    @BeforeEach
    void setUp() {
        booking = Fixtures.booking();
        dispatcher = new OfferDispatcher();
        dispatcher.pool = mock(CandidatePool.class);
        dispatcher.offers = mock(OfferRepository.class);
        dispatcher.settings = mock(MatchingPolicy.class);
        when(dispatcher.settings.travelBuffer()).thenReturn(Duration.ofHours(1));
        when(dispatcher.settings.waveSize()).thenReturn(2);
        when(dispatcher.settings.offerTimeout()).thenReturn(Duration.ofMinutes(15));
        when(dispatcher.offers.findByBooking(Fixtures.REFERENCE)).thenAnswer(i -> List.copyOf(stored));
        doAnswer(i -> {
            for (Offer offer : i.<Collection<Offer>>getArgument(0)) {
                Field id = Offer.class.getDeclaredField("id"); // the database's job
                id.setAccessible(true);
                id.set(offer, 100L + stored.size());
                stored.add(offer);
            }
            return null;
        }).when(dispatcher.offers).storeAll(any());
        when(dispatcher.pool.candidatesFor(any(), any())).thenReturn(List.of(qualified(1), qualified(2),
                qualified(3)));
        dispatcher.offerMade = mock(Event.class);
        dispatcher.offerWithdrawn = mock(Event.class);
        dispatcher.bookingChanged = mock(Event.class);
        dispatcher.audit = new AuditTrail(log, new CurrentCaller());
    }

    private static CandidateSnapshot qualified(long id) {
        return CandidateSnapshot.builder(InterpreterId.of(id))
                .active(true)
                .gender(Gender.FEMALE)
                .language(LanguageCode.MYA, Level.FLUENT, false)
                .language(LanguageCode.THA, Level.FLUENT, false)
                .vettingValidUntil(LocalDate.of(2027, 6, 30))
                .specialisation(Specialisation.CHILDREN)
                .province(Province.TAK)
                .weekly(WeeklySchedule.of(Fixtures.officeHours()))
                .build();
    }

    @Test
    void aWaveGoesToAsManyAsConfiguredAndTheNextToThoseNotAskedYet() {
        dispatcher.advance(booking, Fixtures.NOW);

        assertEquals(BookingStatus.OFFERED, booking.status());
        assertEquals(2, stored.size());
        ArgumentCaptor<OfferMade> made = ArgumentCaptor.forClass(OfferMade.class);
        verify(dispatcher.offerMade, times(2)).fire(made.capture());
        OfferMade first = made.getAllValues().get(0);
        assertEquals(stored.get(0).interpreter(), first.interpreter());
        assertEquals(stored.get(0).id().orElseThrow(), first.offerId());
        assertEquals(first.offerId().value(), first.offer().id());
        assertEquals("mya", first.offer().language());
        assertEquals(Fixtures.NOW.plus(Duration.ofMinutes(15)), first.offer().expiresAt());
        verify(dispatcher.bookingChanged).fire(new BookingChanged(Fixtures.REFERENCE));

        dispatcher.advance(booking, Fixtures.NOW.plus(Duration.ofMinutes(16)));

        assertEquals(3, stored.size(), "the third interpreter, the only one not asked yet");
        assertEquals(OfferStatus.EXPIRED, stored.get(0).status());
        assertTrue(stored.get(2).isOpen());
        assertEquals(List.of(InterpreterId.of(1), InterpreterId.of(2), InterpreterId.of(3)),
                stored.stream().map(Offer::interpreter).sorted((a, b) -> Long.compare(a.value(), b.value()))
                        .toList());
    }

    @Test
    void pastTheFillDeadlineTheBookingIsUnfilledAndItsOpenOffersWithdrawn() {
        dispatcher.advance(booking, Fixtures.NOW);
        dispatcher.advance(booking, booking.fillDeadline());

        assertEquals(BookingStatus.UNFILLED, booking.status());
        verify(dispatcher.offerWithdrawn, times(2)).fire(any(OfferWithdrawn.class));
        assertTrue(stored.stream().noneMatch(Offer::isOpen));
        assertTrue(log.entries.stream().anyMatch(e -> e.action().equals("BOOKING_UNFILLED")));
    }

    @Test
    void aBookingNoLongerWaitingIsLeftAlone() {
        booking.cancel("no longer needed", Fixtures.NOW);
        dispatcher.advance(booking, Fixtures.NOW);
        verify(dispatcher.offers, never()).storeAll(any());
        verify(dispatcher.bookingChanged, never()).fire(any());
        assertEquals(Optional.empty(), log.entries.stream().findFirst());
    }
}
