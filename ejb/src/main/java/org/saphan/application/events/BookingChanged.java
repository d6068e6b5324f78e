package org.saphan.application.events;

import org.saphan.domain.model.booking.BookingReference;

/**
 * A booking's status, assignment or offers changed (created, offered, expired, assigned, cancelled, unfilled,
 * started, completed). Its agency's requesters and the coordinators hear of it live, after the commit.
 */
public record BookingChanged(BookingReference reference) {
}
