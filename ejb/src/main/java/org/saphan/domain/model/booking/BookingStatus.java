package org.saphan.domain.model.booking;

/** Where a booking is in its life; see {@link Booking} for the steps between them. */
public enum BookingStatus {
    OPEN,
    OFFERED,
    ASSIGNED,
    IN_PROGRESS,
    /** The work is over (checked out, or its time passed) and waits for the requester's confirmation. */
    ENDED_UNCONFIRMED,
    COMPLETED,
    CANCELLED,
    UNFILLED,
    /** The interpreter or the requester's side did not come. */
    NO_SHOW;

    /** Nothing more happens to a booking in a final status. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == UNFILLED || this == NO_SHOW;
    }
}
