package org.saphan.application;

import java.time.Instant;
import org.saphan.application.booking.BookingView;

/**
 * How a booking ends: the assigned interpreter checks in and out (actual times), the requester confirms, and either
 * side reports the other absent. Each answers the booking as the caller may see it; a booking that is not the caller's
 * answers "not found".
 */
public interface AttendanceService {

    /** The assigned interpreter starts the work; {@code at} is the actual start, now when null. */
    BookingView checkIn(String reference, Instant at);

    /** The assigned interpreter ends the work; {@code at} is the actual end, now when null. */
    BookingView checkOut(String reference, Instant at);

    /** A requester of the booking's agency confirms the work was done. */
    BookingView confirm(String reference);

    /** A requester reports the interpreter absent; the assigned interpreter reports the requester's side absent. */
    BookingView reportNoShow(String reference, String reason);
}
