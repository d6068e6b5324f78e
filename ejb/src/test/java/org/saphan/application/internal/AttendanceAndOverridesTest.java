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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.OverrideView;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.InMemoryAuditLog;
import org.saphan.domain.model.booking.AcknowledgementRepository;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.NotFoundException;

/**
 * How a booking ends ({@link AttendanceServiceBean}) and the review of overrides ({@link OverrideReviewServiceBean}),
 * with the ports as stand-ins and the clock fixed at the booking's start.
 */
class AttendanceAndOverridesTest {

    private static final InterpreterId FIVE = InterpreterId.of(5);
    private static final Instant START = Fixtures.TUESDAY_9;
    private static final Caller INTERPRETER = new Caller("s-interp-05", "interp-05", Set.of(Caller.INTERPRETER),
            Optional.empty());
    private static final Caller REQUESTER = new Caller("s-requester", "requester", Set.of(Caller.REQUESTER),
            Optional.of("RTP-TAK"));
    private static final Caller PLOY = new Caller("s-ploy", "ploy", Set.of(Caller.COORDINATOR),
            Optional.of("SAPHAN"));
    private static final Caller WICHAI = new Caller("s-wichai", "wichai", Set.of(Caller.COORDINATOR),
            Optional.of("SAPHAN"));

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final CurrentCaller current = new CurrentCaller();
    private final Booking booking = Fixtures.booking();
    private final Assignment assignment = booking.assign(FIVE, "s-ploy", "known to the officer", true,
            Fixtures.NOW);

    private CallerScope scope(Interpreter profile) {
        CallerScope scope = new CallerScope();
        scope.current = current;
        scope.interpreters = mock(InterpreterRepository.class);
        when(scope.interpreters.findByUsername(any())).thenReturn(Optional.ofNullable(profile));
        return scope;
    }

    private static Interpreter interpreter(InterpreterId id) {
        Interpreter interpreter = mock(Interpreter.class);
        when(interpreter.id()).thenReturn(id);
        return interpreter;
    }

    @SuppressWarnings("unchecked")
    private AttendanceServiceBean attendance(Caller caller, Interpreter profile, boolean acknowledged) {
        current.set(caller);
        AttendanceServiceBean bean = new AttendanceServiceBean();
        bean.scope = scope(profile);
        bean.bookings = mock(BookingRepository.class);
        when(bean.bookings.findForUpdate(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        bean.assignments = mock(AssignmentRepository.class);
        when(bean.assignments.findByBooking(Fixtures.REFERENCE)).thenReturn(Optional.of(assignment));
        bean.interpreters = mock(InterpreterRepository.class);
        bean.acknowledgements = new Acknowledgements();
        bean.acknowledgements.acknowledgements = mock(AcknowledgementRepository.class);
        when(bean.acknowledgements.acknowledgements.exists(Fixtures.REFERENCE, FIVE)).thenReturn(acknowledged);
        bean.audit = new AuditTrail(log, current);
        bean.bookingChanged = mock(Event.class);
        bean.clock = Clock.fixed(START, ZoneOffset.UTC);
        return bean;
    }

    @Test
    void theAssignedInterpreterChecksInAtTheClocksTimeAndSeesWhatItAcknowledged() {
        AttendanceServiceBean bean = attendance(INTERPRETER, interpreter(FIVE), true);

        BookingView view = bean.checkIn(Fixtures.REFERENCE.value(), null);

        assertEquals(BookingStatus.IN_PROGRESS, booking.status());
        assertEquals(Optional.of(START), booking.checkedInAt());
        assertEquals(START, view.checkedInAt());
        assertEquals(Boolean.FALSE, view.acknowledgementRequired());
        assertEquals(booking.place().orElseThrow(), view.place());
        assertNull(view.caseCode(), "never the case code for an interpreter");
        verify(bean.bookingChanged).fire(new BookingChanged(Fixtures.REFERENCE));
        assertEquals("BOOKING_CHECK_IN", log.entries.get(0).action());
    }

    @Test
    void beforeTheAcknowledgementTheCheckInAnswersWithoutThePlace() {
        BookingView view = attendance(INTERPRETER, interpreter(FIVE), false).checkIn(Fixtures.REFERENCE.value(),
                null);
        assertEquals(Boolean.TRUE, view.acknowledgementRequired());
        assertNull(view.place());
    }

    @Test
    void anotherInterpreterFindsNoSuchBookingAndChangesNothing() {
        AttendanceServiceBean bean = attendance(INTERPRETER, interpreter(InterpreterId.of(6)), true);
        assertThrows(NotFoundException.class, () -> bean.checkIn(Fixtures.REFERENCE.value(), null));
        assertThrows(NotFoundException.class, () -> bean.checkIn("no reference", null));
        assertEquals(BookingStatus.ASSIGNED, booking.status());
        verify(bean.bookingChanged, never()).fire(any());
    }

    @Test
    void theRequesterReportingTheInterpreterAbsentReleasesTheAssignment() {
        AttendanceServiceBean bean = attendance(REQUESTER, null, false);

        BookingView view = bean.reportNoShow(Fixtures.REFERENCE.value(), "nobody came");

        assertEquals("NO_SHOW", view.status());
        assertEquals("INTERPRETER", view.absentParty());
        assertEquals(Optional.of(START), assignment.releasedAt(), "the job does not count for the interpreter");
        assertFalse(assignment.isActive());
    }

    /** A coordinator's request of its own: the caller of a request never changes. */
    private OverrideReviewServiceBean overrides(Caller caller) {
        CurrentCaller request = new CurrentCaller();
        request.set(caller);
        OverrideReviewServiceBean bean = new OverrideReviewServiceBean();
        bean.scope = new CallerScope();
        bean.scope.current = request;
        bean.assignments = mock(AssignmentRepository.class);
        bean.audit = new AuditTrail(log, request);
        bean.clock = Clock.fixed(START, ZoneOffset.UTC);
        return bean;
    }

    @Test
    void overridesAreListedAndReviewedBySecondCoordinatorOnly() {
        assignment.overriding("OVERLAP");
        OverrideReviewServiceBean own = overrides(PLOY);
        when(own.assignments.findByBookingForUpdate(Fixtures.REFERENCE)).thenReturn(Optional.of(assignment));
        ConflictException e = assertThrows(ConflictException.class, () -> own.review(Fixtures.REFERENCE.value(),
                "fine"));
        assertEquals("same-coordinator", e.code());

        OverrideReviewServiceBean bean = overrides(WICHAI);
        when(bean.assignments.findOverrides(true, 500)).thenReturn(List.of(assignment));
        when(bean.assignments.findByBookingForUpdate(Fixtures.REFERENCE)).thenReturn(Optional.of(assignment));

        List<OverrideView> pending = bean.list(true);
        assertEquals(1, pending.size());
        assertEquals("OVERLAP", pending.get(0).rule());
        assertNull(pending.get(0).reviewedAt());

        OverrideView reviewed = bean.review(Fixtures.REFERENCE.value(), "the only Burmese speaker free");
        assertEquals("s-wichai", reviewed.reviewedBy());
        assertEquals(START, reviewed.reviewedAt());
        assertEquals(List.of("OVERRIDE_LIST", "OVERRIDE_REVIEW"),
                log.entries.stream().map(entry -> entry.action()).toList());
    }

    @Test
    void aReviewOfNoOverrideIsNotFound() {
        OverrideReviewServiceBean bean = overrides(WICHAI);
        when(bean.assignments.findByBookingForUpdate(any())).thenReturn(Optional.empty());
        assertThrows(NotFoundException.class, () -> bean.review(Fixtures.REFERENCE.value(), null));
        assertThrows(NotFoundException.class, () -> bean.review("SPH-nothing", null));
        assertTrue(log.entries.isEmpty());
    }
}
