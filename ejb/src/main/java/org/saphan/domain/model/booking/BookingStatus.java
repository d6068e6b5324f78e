package org.saphan.domain.model.booking;

/** Where a booking is in its life; see {@link Booking} for the steps between them. */
public enum BookingStatus {
    OPEN, OFFERED, ASSIGNED, IN_PROGRESS, COMPLETED, CANCELLED, UNFILLED;

    /** Nothing more happens to a booking in a final status. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == UNFILLED;
    }
}
