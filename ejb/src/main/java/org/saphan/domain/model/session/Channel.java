package org.saphan.domain.model.session;

/** The two kinds of socket a ticket opens: a live feed, or a place in a session room. */
public enum Channel {
    NOTIFICATIONS, SESSION
}
