package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.application.BookingService.Created;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingInput;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.ExclusionView;
import org.saphan.application.booking.IdempotencyKeys;
import org.saphan.application.booking.IdempotencyKeys.Claim;
import org.saphan.application.events.BookingCancelled;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.InMemoryAuditLog;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.casework.CaseExclusionRepository;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.service.CandidatePool;

/**
 * Booking use cases with the ports as stand-ins: a retry with the same Idempotency-Key answers the first booking, a
 * reused key for another request is refused, a reference that is no reference is "not found", and cancelling tells
 * the assigned interpreter and the feeds.
 */
class BookingServiceBeanTest {

    private static final Caller SOMCHAI = new Caller("s-somchai", "somchai", Set.of(Caller.REQUESTER),
            Optional.of("RTP-TAK"));
    private static final Caller PLOY = new Caller("s-ploy", "ploy", Set.of(Caller.COORDINATOR),
            Optional.of("SAPHAN"));
    private static final BookingInput INPUT = new BookingInput("SCREENING_INTERVIEW", "REMOTE", "SCHEDULED",
            "2026-12-01T02:00:00Z", 60, "mya", null, null, null, null, null, false, "RTP-2026-0042", null, null,
            null);

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final CurrentCaller current = new CurrentCaller();
    private BookingServiceBean bean;

    @SuppressWarnings("unchecked")
    @BeforeEach
    void setUp() {
        bean = new BookingServiceBean();
        bean.scope = new CallerScope();
        bean.scope.current = current;
        bean.scope.interpreters = mock(InterpreterRepository.class);
        bean.bookings = mock(BookingRepository.class);
        bean.offers = mock(OfferRepository.class);
        bean.assignments = mock(AssignmentRepository.class);
        bean.exclusions = mock(CaseExclusionRepository.class);
        bean.interpreters = mock(InterpreterRepository.class);
        bean.idempotencyKeys = mock(IdempotencyKeys.class);
        bean.pool = mock(CandidatePool.class);
        bean.dispatcher = mock(OfferDispatcher.class);
        bean.bookingAssigned = mock(Event.class);
        bean.bookingCancelled = mock(Event.class);
        bean.nobodyOnCall = mock(Event.class);
        bean.bookingChanged = mock(Event.class);
        bean.audit = new AuditTrail(log, current);
        bean.clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
    }

    @Test
    void aNewBookingIsStoredOfferedAndAnsweredAsItsRequesterSeesIt() {
        current.set(SOMCHAI);
        when(bean.bookings.nextReference(2026)).thenReturn(Fixtures.REFERENCE);
        when(bean.idempotencyKeys.find("s-somchai", "key-1")).thenReturn(Optional.empty());
        when(bean.idempotencyKeys.claim(any(), any(), any(), any())).thenReturn(true);

        Created created = bean.create(INPUT, " key-1 ");

        assertFalse(created.replayed());
        BookingView view = created.booking();
        assertEquals(Fixtures.REFERENCE.value(), view.reference());
        assertEquals("RTP-TAK", view.agency());
        assertEquals(Fixtures.NOW, view.createdAt(), "made at the clock's time");
        assertNull(view.acknowledgementRequired(), "a requester is never asked to acknowledge");
        verify(bean.bookings).store(any(Booking.class));
        verify(bean.idempotencyKeys).complete("s-somchai", "key-1", Fixtures.REFERENCE);
        verify(bean.bookingChanged).fire(new BookingChanged(Fixtures.REFERENCE));
        assertEquals("BOOKING_CREATE", log.entries.get(0).action());
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstBookingAndMakesNoOther() {
        current.set(SOMCHAI);
        Booking first = Fixtures.booking();
        String fingerprint = BookingInputs.fingerprint(INPUT);
        when(bean.idempotencyKeys.find("s-somchai", "key-1"))
                .thenReturn(Optional.of(new Claim(fingerprint, Optional.of(Fixtures.REFERENCE))));
        when(bean.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.of(first));

        Created created = bean.create(INPUT, "key-1");

        assertTrue(created.replayed());
        assertEquals(Fixtures.REFERENCE.value(), created.booking().reference());
        verify(bean.bookings, never()).store(any());
        verify(bean.idempotencyKeys, never()).claim(any(), any(), any(), any());
        assertEquals("retry with the same Idempotency-Key", log.entries.get(0).reason());
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefused() {
        current.set(SOMCHAI);
        when(bean.idempotencyKeys.find("s-somchai", "key-1"))
                .thenReturn(Optional.of(new Claim("another request", Optional.of(Fixtures.REFERENCE))));

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> bean.create(INPUT, "key-1"));

        assertEquals("idempotency-key-reused", e.code());
        verify(bean.bookings, never()).store(any());
    }

    @Test
    void aReferenceThatIsNoReferenceIsNotFoundLikeAMissingOne() {
        current.set(PLOY);
        assertThrows(NotFoundException.class, () -> bean.get("Somchai Example"));
        when(bean.bookings.find(BookingReference.of(2026, 9))).thenReturn(Optional.empty());
        assertThrows(NotFoundException.class, () -> bean.get("SPH-2026-000009"));
    }

    @Test
    void cancellingTellsTheAssignedInterpreterAndTheFeeds() {
        current.set(PLOY);
        Booking booking = Fixtures.booking();
        booking.assign(InterpreterId.of(5), "s-ploy", "known to the officer", false, Fixtures.NOW);
        when(bean.bookings.findForUpdate(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        when(bean.offers.findByBooking(Fixtures.REFERENCE)).thenReturn(List.of());
        when(bean.assignments.findByBooking(Fixtures.REFERENCE)).thenReturn(Optional.empty());
        Interpreter five = mock(Interpreter.class);
        when(five.name()).thenReturn("Interpreter Zero-Five");
        when(bean.interpreters.find(InterpreterId.of(5))).thenReturn(Optional.of(five));

        BookingView view = bean.cancel(Fixtures.REFERENCE.value(), "the hearing moved");

        assertEquals(BookingStatus.CANCELLED, booking.status());
        assertEquals("CANCELLED", view.status());
        assertEquals("Interpreter Zero-Five", view.interpreter().name());
        verify(bean.bookingCancelled).fire(new BookingCancelled(InterpreterId.of(5), Fixtures.REFERENCE));
        verify(bean.bookingChanged).fire(new BookingChanged(Fixtures.REFERENCE));
        verify(bean.bookings, never()).find(any());
    }

    @Test
    void anExclusionNeedsTheCaseOfTheRequestersOwnAgency() {
        current.set(SOMCHAI);
        when(bean.interpreters.find(InterpreterId.of(5))).thenReturn(Optional.of(mock(Interpreter.class)));
        when(bean.bookings.agenciesUsingCaseCode(Fixtures.CASE)).thenReturn(List.of("RTP-ATPD"));
        assertThrows(NotFoundException.class, () -> bean.exclude(Fixtures.CASE.value(), 5L, "refused", null),
                "another agency's case with the same code is not this requester's");

        when(bean.bookings.agenciesUsingCaseCode(Fixtures.CASE)).thenReturn(List.of("RTP-ATPD", "RTP-TAK"));
        when(bean.offers.findOpenForCase("RTP-TAK", Fixtures.CASE, InterpreterId.of(5))).thenReturn(List.of());
        ExclusionView view = bean.exclude(Fixtures.CASE.value(), 5L, "the person refused", null);

        assertEquals("RTP-TAK", view.agency());
        assertEquals(5, view.interpreterId());
        assertEquals(Fixtures.NOW, view.createdAt());
        verify(bean.exclusions).store(any());
        verify(bean.dispatcher).withdrawUntakeable(List.of(), Fixtures.NOW,
                "the interpreter was excluded from the case");
    }
}
