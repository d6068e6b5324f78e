package org.saphan.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.saphan.application.AttendanceService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.AbsentParty;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterRepository;

/**
 * Each step locks the booking's row, asks the booking to change, and ends the assignment at the actual end, so that
 * an interpreter who finished early is free for the rest of the scheduled window.
 */
@Stateless
public class AttendanceServiceBean implements AttendanceService {

    private static final Logger LOG = Logger.getLogger(AttendanceServiceBean.class.getName());

    @Inject
    CallerScope scope;

    @Inject
    BookingRepository bookings;

    @Inject
    AssignmentRepository assignments;

    @Inject
    InterpreterRepository interpreters;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    AuditTrail audit;

    @Inject
    Event<BookingChanged> bookingChanged;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed(Caller.INTERPRETER)
    public BookingView checkIn(String reference, Instant at) {
        Booking booking = lockedFor(reference, Viewer.ASSIGNED_INTERPRETER);
        Interpreter me = scope.requireInterpreter();
        booking.checkIn(me.id(), at, clock.instant());
        bookingChanged.fire(new BookingChanged(booking.reference()));
        audit.record(AuditAction.BOOKING_CHECK_IN, "booking", booking.reference().value(),
                "at " + booking.checkedInAt().orElseThrow());
        return interpreterView(booking, me);
    }

    @Override
    @RolesAllowed(Caller.INTERPRETER)
    public BookingView checkOut(String reference, Instant at) {
        Booking booking = lockedFor(reference, Viewer.ASSIGNED_INTERPRETER);
        Interpreter me = scope.requireInterpreter();
        booking.checkOut(me.id(), at, clock.instant());
        endAssignment(booking);
        bookingChanged.fire(new BookingChanged(booking.reference()));
        audit.record(AuditAction.BOOKING_CHECK_OUT, "booking", booking.reference().value(),
                "at " + booking.checkedOutAt().orElseThrow());
        return interpreterView(booking, me);
    }

    @Override
    @RolesAllowed(Caller.REQUESTER)
    public BookingView confirm(String reference) {
        Booking booking = lockedFor(reference, Viewer.REQUESTER);
        booking.confirm(clock.instant());
        endAssignment(booking);
        bookingChanged.fire(new BookingChanged(booking.reference()));
        audit.record(AuditAction.BOOKING_CONFIRM, "booking", booking.reference().value(), null);
        return BookingViews.of(booking, Viewer.REQUESTER, interpreterName(booking));
    }

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.INTERPRETER})
    public BookingView reportNoShow(String reference, String reason) {
        BookingReference ref = BookingReference.tryParse(reference)
                .orElseThrow(() -> CallerScope.notFound(String.valueOf(reference)));
        Booking booking = bookings.findForUpdate(ref).orElseThrow(() -> CallerScope.notFound(ref.value()));
        Viewer viewer = scope.viewerOf(booking);
        Instant now = clock.instant();
        if (viewer == Viewer.REQUESTER) {
            booking.reportNoShow(AbsentParty.INTERPRETER, reason, now);
            // the interpreter never came: the job neither counts for it (fairness) nor ties it to the case
            assignments.findByBooking(booking.reference()).filter(Assignment::isActive).ifPresent(a -> a.release(now));
        } else if (viewer == Viewer.ASSIGNED_INTERPRETER) {
            booking.reportNoShow(AbsentParty.REQUESTER, reason, now);
            endAssignment(booking);
        } else {
            throw CallerScope.notFound(ref.value());
        }
        bookingChanged.fire(new BookingChanged(booking.reference()));
        audit.record(AuditAction.BOOKING_NO_SHOW, "booking", booking.reference().value(),
                booking.absentParty().orElseThrow().name().toLowerCase(java.util.Locale.ROOT) + " absent: " + reason);
        LOG.info(() -> "Booking " + ref + ": no-show of the " + booking.absentParty().orElseThrow());
        return viewer == Viewer.REQUESTER
                ? BookingViews.of(booking, Viewer.REQUESTER, interpreterName(booking))
                : interpreterView(booking, scope.requireInterpreter());
    }

    /** The booking, locked, if the caller sees it as {@code expected}; "not found" otherwise. */
    private Booking lockedFor(String reference, Viewer expected) {
        BookingReference ref = BookingReference.tryParse(reference)
                .orElseThrow(() -> CallerScope.notFound(String.valueOf(reference)));
        Booking booking = bookings.findForUpdate(ref).orElseThrow(() -> CallerScope.notFound(ref.value()));
        if (scope.viewerOf(booking) != expected) {
            throw CallerScope.notFound(ref.value());
        }
        return booking;
    }

    private void endAssignment(Booking booking) {
        booking.actualEnd().ifPresent(end -> assignments.findByBooking(booking.reference())
                .filter(Assignment::isActive)
                .ifPresent(a -> a.end(end)));
    }

    private BookingView interpreterView(Booking booking, Interpreter me) {
        return acknowledgements.given(booking.reference(), me.id())
                ? BookingViews.acknowledged(booking)
                : BookingViews.awaitingAcknowledgement(booking);
    }

    private String interpreterName(Booking booking) {
        return booking.interpreter()
                .flatMap(interpreters::find)
                .map(Interpreter::name)
                .orElse(null);
    }
}
