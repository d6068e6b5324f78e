package org.saphan.application.events;

import org.saphan.application.booking.BookingView;
import org.saphan.domain.model.booking.BookingReference;

/**
 * An immediate booking that no qualified interpreter on call can take: someone is waiting. Fired in the booking's
 * transaction; the coordinators' feed raises it after commit.
 *
 * @param qualifiedOffCall how many qualified interpreters are off call, whom a coordinator might reach
 * @param booking the booking as a coordinator sees it
 */
public record NobodyOnCall(BookingReference reference, int qualifiedOffCall, BookingView booking) {
}
