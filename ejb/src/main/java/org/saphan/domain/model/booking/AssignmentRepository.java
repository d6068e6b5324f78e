package org.saphan.domain.model.booking;

import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.TimeWindow;

/** The interpreters' calendars: every assignment made. */
public interface AssignmentRepository {

    Optional<Assignment> findByBooking(BookingReference booking);

    /** The booking's assignment, its row locked until the transaction ends. */
    Optional<Assignment> findByBookingForUpdate(BookingReference booking);

    /**
     * Hand assignments that set a matching rule aside, newest first, at most {@code limit}: only those not yet
     * reviewed when {@code pendingOnly}.
     */
    List<Assignment> findOverrides(boolean pendingOnly, int limit);

    /** The interpreter's active (not released) assignments that overlap the window. */
    List<Assignment> findActiveOverlapping(InterpreterId interpreter, TimeWindow window);

    /**
     * Adds an assignment and writes it at once (flush), so that the unique booking reference refuses a second one
     * now, inside the caller's transaction. Implementations turn that refusal into a
     * {@link org.saphan.domain.model.shared.ConflictException} with code {@code taken}.
     */
    void store(Assignment assignment);
}
