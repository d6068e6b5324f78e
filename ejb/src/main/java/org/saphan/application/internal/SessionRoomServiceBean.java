package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.saphan.application.SessionRoomService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.gateway.Attendance;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.RoomWindow;
import org.saphan.domain.model.session.SessionRecord;
import org.saphan.domain.model.session.SessionRecordRepository;

/**
 * The gateway's rooms as the bookings see them: the first participant in starts the session, the requester's end
 * completes it and frees the interpreter from then on, every stay is recorded, and every 30 seconds the gateway asks
 * whether each admitted identity may stay. Called by the gateway off its sockets' threads, with no caller: the
 * gateway has checked the ticket already.
 */
@Stateless
@PermitAll
public class SessionRoomServiceBean implements SessionRoomService {

    @Inject
    BookingRepository bookings;

    @Inject
    AssignmentRepository assignments;

    @Inject
    InterpreterRepository interpreters;

    @Inject
    SessionRecordRepository records;

    @Inject
    AdmissionAudit admissions;

    @Inject
    AuditTrail audit;

    @Inject
    Event<BookingChanged> bookingChanged;

    @Inject
    Clock clock;

    @Override
    public boolean mayStay(Grant grant) {
        if (grant.interpreterId() != null) {
            Optional<Interpreter> i = interpreters.find(InterpreterId.of(grant.interpreterId()));
            if (i.isEmpty() || !i.get().isActive()) {
                return false;
            }
        }
        if (grant.channel() == Channel.SESSION) {
            Optional<Booking> b = bookings.find(grant.booking());
            if (b.isEmpty() || !RoomWindow.of(b.get()).mayStayAt(Instant.now(clock))) {
                return false;
            }
            if (grant.role().equals(Grant.INTERPRETER)
                    && !b.get().isAssignedTo(InterpreterId.of(grant.interpreterId()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void started(BookingReference booking) {
        bookings.findForUpdate(booking)
                .filter(b -> b.status() == BookingStatus.ASSIGNED)
                .ifPresent(b -> {
                    b.start(Instant.now(clock));
                    bookingChanged.fire(new BookingChanged(booking));
                });
    }

    @Override
    public void ended(BookingReference booking) {
        Instant now = Instant.now(clock);
        bookings.findForUpdate(booking)
                .filter(b -> b.status() == BookingStatus.IN_PROGRESS)
                .ifPresent(b -> {
                    b.complete(now);
                    // the actual end frees the interpreter for the rest of the scheduled window
                    assignments.findByBooking(b.reference()).filter(Assignment::isActive).ifPresent(a -> a.end(now));
                    bookingChanged.fire(new BookingChanged(booking));
                });
        audit.recordBySystem(AuditAction.SESSION_END, "booking", booking.value(), "the requester ended the session");
    }

    @Override
    public void recordAttendance(Attendance a) {
        records.add(new SessionRecord(a.booking(), a.participant(), a.role(), a.subject(), a.joinedAt(), a.leftAt(),
                a.bytesIn(), a.bytesOut(), a.messagesIn(), a.closeCode()));
        // who, when, how long, how many bytes: never what was said
        admissions.left(a);
    }
}
