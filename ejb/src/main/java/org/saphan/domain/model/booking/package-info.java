/**
 * Bookings (interpreter requests) and what happens to them: the {@link org.saphan.domain.model.booking.Booking}
 * aggregate and its state machine, the offers made to interpreters, the assignment that the first accept (or a
 * coordinator) creates, and their repository interfaces. Uses {@code model.shared} and refers to interpreters by
 * {@code InterpreterId} only.
 */
package org.saphan.domain.model.booking;
