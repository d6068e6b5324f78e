package org.saphan.application;

import org.saphan.application.gateway.Attendance;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.booking.BookingReference;

/** What the gateway's rooms tell the application, and what they ask it: the session's course and who was there. */
public interface SessionRoomService {

    /** Whether an identity admitted earlier may stay: the interpreter is still active, the room still open. */
    boolean mayStay(Grant grant);

    /** The first participant came in: the assigned booking is in progress. */
    void started(BookingReference booking);

    /** The requester ended the session: the booking is completed and the interpreter free from now. */
    void ended(BookingReference booking);

    /** One participant's stay, and its line in the confidentiality log. */
    void recordAttendance(Attendance attendance);
}
