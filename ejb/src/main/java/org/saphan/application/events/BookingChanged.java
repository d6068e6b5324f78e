package org.saphan.application.events;

/**
 * A booking's status, assignment or offers changed (created, offered, expired, assigned, cancelled, unfilled,
 * started, completed). Its agency's requesters and the coordinators hear of it live, after the commit.
 */
public record BookingChanged(String reference) {
}
