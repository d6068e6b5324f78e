package org.saphan.domain.model.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.shared.CaseCode;

/** All bookings, as a collection. */
public interface BookingRepository {

    Optional<Booking> find(BookingReference reference);

    /**
     * The booking, its row locked until the transaction ends: every change that races (accepts, hand assignment,
     * cancellation, the offer clock, attendance) takes this lock first, so they happen one after another on every
     * server.
     */
    Optional<Booking> findForUpdate(BookingReference reference);

    /** Bookings matching the filter, by start time. */
    List<Booking> findAll(BookingFilter filter);

    /** Open or offered bookings whose fill deadline is at or before {@code now}: to be marked unfilled. */
    List<Booking> findUnfilledBy(Instant now);

    /** Bookings still looking for an interpreter (open or offered), soonest first, for the offer clock. */
    List<BookingReference> findSeeking();

    /**
     * Assigned or in-progress bookings that started before {@code startedBefore}: candidates for
     * {@code ENDED_UNCONFIRMED}, which the booking itself decides from its end.
     */
    List<BookingReference> findUnendedStartedBefore(Instant startedBefore);

    /**
     * Finished bookings (completed, cancelled, no-show, ended unconfirmed, unfilled) not yet pseudonymised that
     * started before {@code cutoff}, oldest first, at most {@code limit}: the retention's next batch.
     */
    List<Booking> findFinishedNotPseudonymisedBefore(Instant cutoff, int limit);

    /** The agencies that booked for this case code, by name: each agency's case with that code is its own case. */
    List<String> agenciesUsingCaseCode(CaseCode caseCode);

    /**
     * A reference no booking has, for a booking made in {@code year}. Implementations draw the number from the
     * database sequence {@code booking_reference_seq}, which is safe under concurrency and never reused.
     */
    BookingReference nextReference(int year);

    /**
     * Adds a new booking, written at once (so that what follows in the transaction finds its row), or keeps the
     * changes of a loaded one.
     */
    void store(Booking booking);
}
