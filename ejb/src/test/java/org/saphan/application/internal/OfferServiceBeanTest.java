package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.OfferView;
import org.saphan.application.events.BookingAssigned;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.InMemoryAuditLog;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.booking.OfferStatus;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.service.CandidatePool;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.domain.service.InterpreterMatcher;

/**
 * Accepting and declining an offer, with the ports as stand-ins: the booking is locked before the offer is read again,
 * the rules are checked once more at the moment of accepting, and someone else's offer is "not found".
 */
class OfferServiceBeanTest {

    private static final InterpreterId ME = InterpreterId.of(1);
    private static final Caller CALLER = new Caller("s-interp-01", "interp-01", Set.of(Caller.INTERPRETER),
            Optional.empty());

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private OfferServiceBean bean;
    private Booking booking;
    private Offer offer;
    private Interpreter me;

    @SuppressWarnings("unchecked")
    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        booking = Fixtures.booking();
        offer = booking.offerTo(List.of(ME), Fixtures.NOW, Duration.ofMinutes(15)).get(0);
        Field id = Offer.class.getDeclaredField("id"); // the database's job
        id.setAccessible(true);
        id.set(offer, 41L);
        me = mock(Interpreter.class);
        when(me.id()).thenReturn(ME);

        bean = new OfferServiceBean();
        CurrentCaller current = new CurrentCaller();
        current.set(CALLER);
        bean.scope = new CallerScope();
        bean.scope.current = current;
        bean.scope.interpreters = mock(InterpreterRepository.class);
        when(bean.scope.interpreters.findByUsername("interp-01")).thenReturn(Optional.of(me));
        bean.interpreters = mock(InterpreterRepository.class);
        when(bean.interpreters.findForUpdate(ME)).thenReturn(Optional.of(me));
        bean.offers = mock(OfferRepository.class);
        when(bean.offers.find(new OfferId(41))).thenReturn(Optional.of(offer));
        when(bean.offers.findCurrent(new OfferId(41))).thenReturn(Optional.of(offer));
        when(bean.offers.findByBooking(Fixtures.REFERENCE)).thenReturn(List.of(offer));
        when(bean.offers.findOpenFor(ME)).thenReturn(List.of());
        bean.bookings = mock(BookingRepository.class);
        when(bean.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        when(bean.bookings.findForUpdate(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        bean.assignments = mock(AssignmentRepository.class);
        bean.pool = mock(CandidatePool.class);
        bean.dispatcher = mock(OfferDispatcher.class);
        when(bean.dispatcher.matcher()).thenReturn(new InterpreterMatcher(Duration.ofHours(1)));
        bean.bookingAssigned = mock(Event.class);
        bean.bookingChanged = mock(Event.class);
        bean.audit = new AuditTrail(log, current);
        bean.clock = Clock.fixed(Fixtures.NOW.plusSeconds(60), ZoneOffset.UTC);
    }

    /** Meets every rule for the fixture booking: Burmese and Thai, vetted, in Tak, free on Tuesday morning. */
    private static CandidateSnapshot.Builder qualified() {
        return CandidateSnapshot.builder(ME)
                .active(true)
                .gender(Gender.FEMALE)
                .language(LanguageCode.MYA, Level.FLUENT, false)
                .language(LanguageCode.THA, Level.FLUENT, false)
                .vettingValidUntil(LocalDate.of(2027, 6, 30))
                .specialisation(Specialisation.CHILDREN)
                .province(Province.TAK)
                .weekly(WeeklySchedule.of(Fixtures.officeHours()));
    }

    @Test
    void theOffersListedAreTheCallersOpenOnesAsOffers() {
        when(bean.offers.findOpenFor(ME)).thenReturn(List.of(offer));
        List<OfferView> mine = bean.myOffers();
        assertEquals(1, mine.size());
        assertEquals(41, mine.get(0).id());
        assertEquals("OPEN", mine.get(0).status());
        assertEquals("OFFER_LIST", log.entries.get(0).action());
    }

    @Test
    void acceptingAssignsTheBookingAndTellsTheInterpreterAndTheFeeds() {
        when(bean.pool.snapshotOf(booking, me, bean.clock.instant())).thenReturn(qualified().build());

        BookingView view = bean.accept(41);

        assertEquals(BookingStatus.ASSIGNED, booking.status());
        assertEquals(OfferStatus.ACCEPTED, offer.status());
        assertEquals(Optional.of(bean.clock.instant()), offer.answeredAt(), "answered at the clock's time");
        assertEquals(Boolean.TRUE, view.acknowledgementRequired(), "the details open after the acknowledgement");
        assertEquals(null, view.place());
        verify(bean.bookings).findForUpdate(Fixtures.REFERENCE);
        verify(bean.assignments).store(any());
        verify(bean.bookingAssigned).fire(new BookingAssigned(ME, Fixtures.REFERENCE, view));
        verify(bean.bookingChanged).fire(new BookingChanged(Fixtures.REFERENCE));
        assertEquals("OFFER_ACCEPT", log.entries.get(0).action());
    }

    @Test
    void aRuleBrokenSinceTheOfferRefusesTheAcceptAndAssignsNothing() {
        when(bean.pool.snapshotOf(booking, me, bean.clock.instant()))
                .thenReturn(qualified().vettingValidUntil(LocalDate.of(2026, 1, 1)).build());

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> bean.accept(41));

        assertEquals("hard-rule", e.code());
        assertEquals(BookingStatus.OFFERED, booking.status());
        verify(bean.assignments, never()).store(any());
        verify(bean.bookingAssigned, never()).fire(any());
    }

    @Test
    void someoneElsesOfferIsNotFoundAndNothingIsLocked() {
        when(me.id()).thenReturn(InterpreterId.of(2));
        assertThrows(NotFoundException.class, () -> bean.accept(41));
        assertThrows(NotFoundException.class, () -> bean.decline(41, "busy"));
        assertThrows(NotFoundException.class, () -> bean.accept(0), "no offer has id 0");
        verify(bean.bookings, never()).findForUpdate(any());
    }

    @Test
    void decliningMovesTheBookingAlongAtTheClocksTime() {
        bean.decline(41, "on another job");

        assertEquals(OfferStatus.DECLINED, offer.status());
        assertEquals(Optional.of("on another job"), offer.declineReason());
        verify(bean.bookings).findForUpdate(Fixtures.REFERENCE);
        verify(bean.dispatcher).advance(booking, bean.clock.instant());
        verify(bean.bookingChanged).fire(new BookingChanged(Fixtures.REFERENCE));
        assertTrue(log.entries.get(0).reason().contains("on another job"));
        verify(bean.dispatcher, never()).withdrawUntakeable(anyList(), any(), anyString());
    }
}
