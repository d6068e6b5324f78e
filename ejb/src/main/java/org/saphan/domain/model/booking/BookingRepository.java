package org.saphan.domain.model.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All bookings, as a collection. */
public interface BookingRepository {

    Optional<Booking> find(BookingReference reference);

    /** The booking, its row locked until the transaction ends: for a change that must not interleave with another. */
    Optional<Booking> findForUpdate(BookingReference reference);

    /** Bookings matching the filter, by start time. */
    List<Booking> findAll(BookingFilter filter);

    /** Open or offered bookings whose fill deadline is at or before {@code now}: to be marked unfilled. */
    List<Booking> findUnfilledBy(Instant now);

    /**
     * A reference no booking has, for a booking made in {@code year}. Implementations draw the number from the
     * database sequence {@code booking_reference_seq}, which is safe under concurrency and never reused.
     */
    BookingReference nextReference(int year);

    /** Adds a new booking or keeps the changes of a loaded one. */
    void store(Booking booking);
}
