package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saphan.application.Leases;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.shared.NotFoundException;

/**
 * Who sees which booking ({@link CallerScope}: anything not the caller's is "not found"), and the clocks that must
 * go on past one failing booking or batch.
 */
class ClocksAndScopeTest {

    private static final InterpreterId FIVE = InterpreterId.of(5);

    private static Booking assignedToFive() {
        Booking booking = Fixtures.booking(); // agency RTP-TAK
        booking.assign(FIVE, "s-coordinator", "known to the officer", false, Fixtures.NOW);
        return booking;
    }

    private static CallerScope scopeOf(Caller caller, Interpreter profile) {
        CallerScope scope = new CallerScope();
        scope.current = new CurrentCaller();
        scope.current.set(caller);
        scope.interpreters = mock(InterpreterRepository.class);
        when(scope.interpreters.findByUsername(caller.username())).thenReturn(Optional.ofNullable(profile));
        return scope;
    }

    private static Interpreter profile(InterpreterId id) {
        Interpreter interpreter = mock(Interpreter.class);
        when(interpreter.id()).thenReturn(id);
        return interpreter;
    }

    private static Caller caller(String role, String agency) {
        return new Caller("s-" + role, role + "-1", Set.of(role), Optional.ofNullable(agency));
    }

    @Test
    void aCoordinatorSeesEveryBooking() {
        assertEquals(Viewer.COORDINATOR, scopeOf(caller(Caller.COORDINATOR, "SAPHAN"), null)
                .viewerOf(assignedToFive()));
    }

    @Test
    void aRequesterSeesItsAgencysBookingsOnly() {
        assertEquals(Viewer.REQUESTER, scopeOf(caller(Caller.REQUESTER, "RTP-TAK"), null)
                .viewerOf(assignedToFive()));
        CallerScope other = scopeOf(caller(Caller.REQUESTER, "RTP-RANONG"), null);
        NotFoundException e = assertThrows(NotFoundException.class, () -> other.viewerOf(assignedToFive()));
        assertEquals("not-found", e.code());
        verify(other.interpreters, never()).findByUsername(any());
        CallerScope noAgency = scopeOf(caller(Caller.REQUESTER, null), null);
        assertThrows(NotFoundException.class, () -> noAgency.viewerOf(assignedToFive()));
    }

    @Test
    void anInterpreterSeesOnlyWhatIsAssignedToIt() {
        assertEquals(Viewer.ASSIGNED_INTERPRETER, scopeOf(caller(Caller.INTERPRETER, null), profile(FIVE))
                .viewerOf(assignedToFive()));
        assertThrows(NotFoundException.class, () -> scopeOf(caller(Caller.INTERPRETER, null),
                profile(InterpreterId.of(6))).viewerOf(assignedToFive()));
        assertThrows(NotFoundException.class, () -> scopeOf(caller(Caller.INTERPRETER, null), profile(FIVE))
                .viewerOf(Fixtures.booking()), "an open booking is nobody's yet");
    }

    @Test
    void anInterpreterWithoutAProfileSeesNothingAndIsToldWhy() {
        CallerScope scope = scopeOf(caller(Caller.INTERPRETER, null), null);
        assertThrows(NotFoundException.class, () -> scope.viewerOf(assignedToFive()));
        NotFoundException e = assertThrows(NotFoundException.class, scope::requireInterpreter);
        assertTrue(e.getMessage().contains("coordinator"), e.getMessage());
    }

    @Test
    void theProfileIsLookedUpOncePerRequest() {
        CallerScope scope = scopeOf(caller(Caller.INTERPRETER, null), profile(FIVE));
        scope.interpreter();
        scope.viewerOf(assignedToFive());
        scope.requireInterpreter();
        verify(scope.interpreters, times(1)).findByUsername("interpreter-1");
    }

    @Test
    void theOfferClockMovesEveryBookingAlongEvenWhenOneFails() {
        OfferClock clock = new OfferClock();
        clock.progress = mock(OfferProgress.class);
        clock.clock = java.time.Clock.fixed(Fixtures.NOW, java.time.ZoneOffset.UTC);
        clock.lease = mock(Leases.class);
        when(clock.lease.hold("offer-clock")).thenReturn(true);
        BookingReference a = BookingReference.of(2026, 1);
        BookingReference b = BookingReference.of(2026, 2);
        BookingReference c = BookingReference.of(2026, 3);
        when(clock.progress.seeking()).thenReturn(List.of(a, b, c));
        doThrow(new IllegalStateException("lock wait timeout")).when(clock.progress).advance(eq(b), any());

        clock.tick();

        verify(clock.progress).advance(a, Fixtures.NOW);
        verify(clock.progress).advance(c, Fixtures.NOW);
    }

    @Test
    void aNodeWithoutTheLeaseDoesNotTick() {
        OfferClock clock = new OfferClock();
        clock.progress = mock(OfferProgress.class);
        clock.lease = mock(Leases.class);
        when(clock.lease.hold("offer-clock")).thenReturn(false);

        clock.tick();

        verify(clock.progress, never()).seeking();
        verify(clock.progress, never()).overdue(any());
    }

    @Test
    void eachBookingIsAdvancedUnderItsLockIfItStillExists() {
        OfferProgress progress = new OfferProgress();
        progress.bookings = mock(BookingRepository.class);
        progress.dispatcher = mock(OfferDispatcher.class);
        Booking booking = Fixtures.booking();
        when(progress.bookings.findForUpdate(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        when(progress.bookings.findForUpdate(BookingReference.of(2026, 9))).thenReturn(Optional.empty());

        progress.advance(Fixtures.REFERENCE, Fixtures.NOW);
        progress.advance(BookingReference.of(2026, 9), Fixtures.NOW);

        verify(progress.dispatcher).advance(booking, Fixtures.NOW);
        verify(progress.dispatcher, times(1)).advance(any(), any());
    }

    @Test
    void retentionRunsBatchAfterBatchUntilOneIsNotFull() {
        RetentionClock clock = new RetentionClock();
        clock.retention = mock(BookingRetention.class);
        clock.retentionDays = 365;
        when(clock.retention.pseudonymiseOlderThan(any())).thenReturn(BookingRetention.BATCH, BookingRetention.BATCH,
                3);
        Instant before = Instant.now();

        clock.run();

        ArgumentCaptor<Instant> cutoff = ArgumentCaptor.forClass(Instant.class);
        verify(clock.retention, times(3)).pseudonymiseOlderThan(cutoff.capture());
        Duration age = Duration.between(cutoff.getValue(), before);
        assertTrue(age.compareTo(Duration.ofDays(365).minusMinutes(1)) > 0
                && age.compareTo(Duration.ofDays(365).plusMinutes(1)) < 0, "a year back: " + age);
    }

    @Test
    void aFailingRetentionBatchStopsThisRunQuietly() {
        RetentionClock clock = new RetentionClock();
        clock.retention = mock(BookingRetention.class);
        clock.retentionDays = 0; // at least one day is kept, whatever is configured
        when(clock.retention.pseudonymiseOlderThan(any())).thenReturn(BookingRetention.BATCH).thenThrow(
                new IllegalStateException("database down"));

        clock.run();

        ArgumentCaptor<Instant> cutoff = ArgumentCaptor.forClass(Instant.class);
        verify(clock.retention, times(2)).pseudonymiseOlderThan(cutoff.capture());
        assertTrue(cutoff.getValue().isBefore(Instant.now().minus(Duration.ofHours(23))));
    }
}
