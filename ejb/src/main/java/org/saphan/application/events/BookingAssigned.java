package org.saphan.application.events;

import org.saphan.application.booking.BookingView;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.InterpreterId;

/** A booking was assigned to an interpreter; {@code booking} is the interpreter's view of it. */
public record BookingAssigned(InterpreterId interpreter, BookingReference reference, BookingView booking) {
}
