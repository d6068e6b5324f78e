package org.saphan.domain.model.session;

import java.time.Duration;
import java.time.Instant;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.shared.ConflictException;

/**
 * When a booking's session room is open: from {@link #OPENS_BEFORE} before the booking starts until
 * {@link #CLOSES_AFTER} after it should have ended, and only while an interpreter is assigned or the session runs.
 * Tickets and join codes are given only while the room is open; a socket let in earlier may stay until it closes, so
 * that a session that runs late is not cut off at the scheduled end.
 */
public record RoomWindow(BookingReference booking, BookingStatus status, Instant opensAt, Instant closesAt) {

    /** A room opens this long before its booking starts, so that people can settle in... */
    public static final Duration OPENS_BEFORE = Duration.ofMinutes(15);
    /** ...and closes this long after its booking should have ended. */
    public static final Duration CLOSES_AFTER = Duration.ofMinutes(30);

    public static RoomWindow of(Booking booking) {
        return new RoomWindow(booking.reference(), booking.status(), booking.start().minus(OPENS_BEFORE),
                booking.window().end().plus(CLOSES_AFTER));
    }

    /** Whether a socket let in earlier may stay: the booking still has a room, and the room has not closed. */
    public boolean mayStayAt(Instant now) {
        return hasRoom() && now.isBefore(closesAt);
    }

    /**
     * Refuses with {@code room-closed} unless the room is open at {@code now}: before an interpreter is assigned,
     * once the booking is over, before it opens and after it closed.
     */
    public void requireOpenAt(Instant now) {
        if (!hasRoom()) {
            throw new ConflictException("room-closed", "Booking " + booking + " is " + status
                    + ": its room opens once an interpreter is assigned.");
        }
        if (now.isBefore(opensAt)) {
            throw new ConflictException("room-closed", "The room of booking " + booking + " opens at " + opensAt
                    + ", shortly before the start.");
        }
        if (!now.isBefore(closesAt)) {
            throw new ConflictException("room-closed", "The room of booking " + booking + " has closed.");
        }
    }

    /** The room exists from the assignment until the session ends (completed) or the booking is called off. */
    private boolean hasRoom() {
        return status == BookingStatus.ASSIGNED || status == BookingStatus.IN_PROGRESS;
    }
}
