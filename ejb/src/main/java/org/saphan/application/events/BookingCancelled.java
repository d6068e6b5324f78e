package org.saphan.application.events;

/** An assigned booking was cancelled; its interpreter is told which one. */
public record BookingCancelled(long interpreterId, String reference) {
}
