package org.saphan.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.ValidationException;

/** The booking behind a session room that a signed-in caller asks for. */
@ApplicationScoped
public class Rooms {

    @Inject
    CallerScope scope;

    @Inject
    BookingRepository bookings;

    /**
     * The caller's remote booking: invalid without a reference, not found when it is not the caller's to see (as
     * {@link CallerScope#viewerOf}), a conflict when it is on site and so has no room.
     */
    Booking ofCaller(String booking) {
        BookingReference reference = BookingReference.tryParse(booking)
                .orElseThrow(() -> new ValidationException("booking", "Say which booking's session, such as "
                        + "SPH-2026-000123."));
        Booking b = bookings.find(reference).orElseThrow(() -> CallerScope.notFound(reference.value()));
        scope.viewerOf(b);
        if (b.mode() != Mode.REMOTE) {
            throw new ConflictException("not-remote", "Booking " + reference + " is on site: it has no session room.");
        }
        return b;
    }
}
