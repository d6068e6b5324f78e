package org.saphan.application.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.saphan.application.security.Caller;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * What the gateway's beans are tested against: a remote booking on Tuesday 09:00 to 10:30 Bangkok (02:00 to 03:30
 * UTC) with interpreter 5 assigned, whose room is open from 01:45 to 04:00 UTC, and the callers who ask for it.
 */
final class GatewayFixtures {

    static final InterpreterId FIVE = InterpreterId.of(5);
    static final Instant OPENS = Instant.parse("2026-12-01T01:45:00Z");
    static final Instant IN_ROOM = Instant.parse("2026-12-01T02:05:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-01T04:00:00Z");

    static final Caller REQUESTER = new Caller("s-somchai", "somchai", Set.of(Caller.REQUESTER),
            Optional.of("RTP-TAK"));
    static final Caller INTERPRETER = new Caller("s-aung", "aung", Set.of(Caller.INTERPRETER), Optional.empty());
    static final Caller COORDINATOR = new Caller("s-ploy", "ploy", Set.of(Caller.COORDINATOR),
            Optional.of("SAPHAN"));

    private GatewayFixtures() {
    }

    static Booking assignedRemote() {
        Booking booking = Fixtures.request().remote().booking();
        booking.assign(FIVE, "s-coordinator", "known to the officer", false, Fixtures.NOW);
        return booking;
    }

    static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    /** An interpreter's profile with an id, as the database would have given it. */
    static Interpreter interpreter(InterpreterId id, boolean active) {
        Interpreter profile = mock(Interpreter.class);
        when(profile.id()).thenReturn(id);
        when(profile.isActive()).thenReturn(active);
        return profile;
    }
}
