package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.ValidationException;

/** The booking behind a room: named well, the caller's to see, and remote. */
class RoomsTest {

    private final Rooms rooms = new Rooms();

    @BeforeEach
    void setUp() {
        rooms.scope = mock(CallerScope.class);
        rooms.bookings = mock(BookingRepository.class);
    }

    @Test
    void theCallersRemoteBooking() {
        Booking booking = GatewayFixtures.assignedRemote();
        when(rooms.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        when(rooms.scope.viewerOf(booking)).thenReturn(Viewer.REQUESTER);
        assertSame(booking, rooms.ofCaller(" " + Fixtures.REFERENCE.value() + " "));
    }

    @Test
    void aMissingOrMalformedReferenceSaysWhatOneLooksLike() {
        ValidationException missing = assertThrows(ValidationException.class, () -> rooms.ofCaller(null));
        assertEquals("Say which booking's session, such as SPH-2026-000123.", missing.getMessage());
        assertThrows(ValidationException.class, () -> rooms.ofCaller("'; DROP TABLE booking"));
    }

    @Test
    void someoneElsesOrNoBookingIsNotFound() {
        when(rooms.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.empty());
        assertThrows(NotFoundException.class, () -> rooms.ofCaller(Fixtures.REFERENCE.value()));

        Booking booking = GatewayFixtures.assignedRemote();
        when(rooms.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.of(booking));
        when(rooms.scope.viewerOf(booking)).thenThrow(CallerScope.notFound(Fixtures.REFERENCE.value()));
        assertThrows(NotFoundException.class, () -> rooms.ofCaller(Fixtures.REFERENCE.value()));
    }

    @Test
    void anOnSiteBookingHasNoRoom() {
        Booking onSite = Fixtures.booking();
        when(rooms.bookings.find(Fixtures.REFERENCE)).thenReturn(Optional.of(onSite));
        when(rooms.scope.viewerOf(onSite)).thenReturn(Viewer.REQUESTER);
        assertEquals("not-remote", assertThrows(ConflictException.class,
                () -> rooms.ofCaller(Fixtures.REFERENCE.value())).code());
    }
}
