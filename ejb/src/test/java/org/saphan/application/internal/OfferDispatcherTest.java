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
import org.saphan.application.events.OffersMade;
import org.saphan.application.events.OffersWithdrawn;
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
    /** How many entries the log held as each wave was stored. */
    private final List<Integer> entriesWhenStored = new ArrayList<>();
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
            entriesWhenStored.add(log.entries.size());
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
        dispatcher.offersMade = mock(Event.class);
        dispatcher.offersWithdrawn = mock(Event.class);
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
        ArgumentCaptor<OffersMade> made = ArgumentCaptor.forClass(OffersMade.class);
        verify(dispatcher.offersMade, times(1)).fire(made.capture());
        assertEquals(2, made.getValue().offers().size(), "one event for the whole wave");
        OffersMade.Made first = made.getValue().offers().get(0);
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
        verify(dispatcher.offersMade, times(2)).fire(any(OffersMade.class));
    }

    @Test
    void aWaveIsOneEntryOfTheLogNamingTheBookingAndListingItsOffers() {
        when(dispatcher.pool.candidatesFor(any(), any())).thenReturn(List.of(qualified(1), qualified(2),
                qualified(3), qualified(4), qualified(5)));
        when(dispatcher.settings.waveSize()).thenReturn(5);

        dispatcher.advance(booking, Fixtures.NOW);

        assertEquals(5, stored.size());
        assertEquals(1, log.entries.size(), "one entry for five offers: " + log.entries);
        var entry = log.entries.get(0);
        assertEquals("OFFER_MADE", entry.action());
        assertEquals("system", entry.actorSubject());
        assertEquals("booking", entry.objectType());
        assertEquals(Fixtures.REFERENCE.value(), entry.objectId(), "the booking's history finds it");
        assertEquals("100,101,102,103,104", entry.objectIds(), "and a search by any of its offers");
        assertEquals("wave 1, 5 offers", entry.reason());
    }

    @Test
    void aWaveToThousandsIsOneEntryPerThousandOffersSoThatEachFitsItsColumn() {
        int qualifiedCount = 2 * OfferDispatcher.MAX_OFFERS_PER_ENTRY + 1;
        List<CandidateSnapshot> many = new ArrayList<>();
        for (int i = 1; i <= qualifiedCount; i++) {
            many.add(qualified(i));
        }
        when(dispatcher.pool.candidatesFor(any(), any())).thenReturn(many);
        when(dispatcher.settings.waveSize()).thenReturn(qualifiedCount);

        dispatcher.advance(booking, Fixtures.NOW);

        assertEquals(qualifiedCount, stored.size());
        assertEquals(3, log.entries.size(), "1,000 + 1,000 + 1 offers");
        List<String> listed = new ArrayList<>();
        for (var entry : log.entries) {
            assertEquals("OFFER_MADE", entry.action());
            assertEquals(Fixtures.REFERENCE.value(), entry.objectId());
            listed.addAll(List.of(entry.objectIds().split(",")));
        }
        assertEquals(stored.stream().map(o -> String.valueOf(o.id().orElseThrow().value())).toList(), listed,
                "every offer listed once, in order");
        verify(dispatcher.offersMade, times(1)).fire(any(OffersMade.class));
    }

    @Test
    void theOffersThatRanOutAreOneEntryAndTheNextWaveAnotherWrittenAfterTheOffers() {
        dispatcher.advance(booking, Fixtures.NOW);
        log.entries.clear();

        dispatcher.advance(booking, Fixtures.NOW.plus(Duration.ofMinutes(16)));

        assertEquals(List.of("OFFER_EXPIRE", "OFFER_MADE"), log.entries.stream().map(e -> e.action()).toList());
        assertEquals("100,101", log.entries.get(0).objectIds());
        assertEquals(Fixtures.REFERENCE.value(), log.entries.get(0).objectId());
        assertEquals("102", log.entries.get(1).objectIds());
        assertEquals(List.of(0, 0), entriesWhenStored, "each wave is written before any entry takes the log's head");
    }

    @Test
    void pastTheFillDeadlineTheBookingIsUnfilledAndItsOpenOffersWithdrawnInOneEntryAndOneEvent() {
        dispatcher.advance(booking, Fixtures.NOW);
        log.entries.clear();
        dispatcher.advance(booking, booking.fillDeadline());

        assertEquals(BookingStatus.UNFILLED, booking.status());
        ArgumentCaptor<OffersWithdrawn> withdrawn = ArgumentCaptor.forClass(OffersWithdrawn.class);
        verify(dispatcher.offersWithdrawn, times(1)).fire(withdrawn.capture());
        assertEquals(List.of(new OffersWithdrawn.Withdrawn(stored.get(0).interpreter(), stored.get(0).id()
                .orElseThrow()), new OffersWithdrawn.Withdrawn(stored.get(1).interpreter(),
                        stored.get(1).id()
                                .orElseThrow())),
                withdrawn.getValue().offers());
        assertTrue(stored.stream().noneMatch(Offer::isOpen));
        assertEquals(List.of("BOOKING_UNFILLED", "OFFER_WITHDRAW"), log.entries.stream().map(e -> e.action())
                .toList());
        assertEquals("100,101", log.entries.get(1).objectIds());
    }

    @Test
    void withdrawingNothingWritesNothing() {
        dispatcher.withdraw(List.of());
        assertTrue(log.entries.isEmpty());
        verify(dispatcher.offersWithdrawn, never()).fire(any());
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
