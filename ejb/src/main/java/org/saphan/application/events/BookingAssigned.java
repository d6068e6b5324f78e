package org.saphan.application.events;

import java.util.Map;

/** A booking was assigned to an interpreter; {@code booking} is the interpreter's view of it. */
public record BookingAssigned(long interpreterId, String reference, Map<String, Object> booking) {
}
