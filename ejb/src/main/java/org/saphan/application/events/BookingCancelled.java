package org.saphan.application.events;

import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.InterpreterId;

/** An assigned booking was cancelled; its interpreter is told which one. */
public record BookingCancelled(InterpreterId interpreter, BookingReference reference) {
}
