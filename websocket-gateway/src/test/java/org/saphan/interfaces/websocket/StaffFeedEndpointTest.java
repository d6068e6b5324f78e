package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason.CloseCodes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.application.booking.BookingView;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.LiveFeeds;

/** A requester's or coordinator's feed: the current bookings again on connecting, a listener only, a cap per subject. */
class StaffFeedEndpointTest {

    private final TestGateway gateway = new TestGateway();
    private final Grant somchai = TestGateway.staffFeed(Grant.REQUESTER, "s-somchai", "RTP-ATPD");

    private StaffFeedEndpoint open(Grant grant, FakeSocket socket) {
        StaffFeedEndpoint endpoint = assertInstanceOf(StaffFeedEndpoint.class, gateway.gateway.notificationEndpoint(
                grant), "a grant without an interpreter id is a staff feed");
        endpoint.onOpen(socket.session, null);
        return endpoint;
    }

    /** A booking as a requester's feed carries it, with the fields the test looks at. */
    private static BookingView booking(String reference) {
        return new BookingView(reference, "OPEN", null, "SCREENING_INTERVIEW", "REMOTE", "IMMEDIATE", null, 60,
                "mya", "tha", null, null, null, null, false, "CASE-1", null, null, "RTP-ATPD", null, null, null, null,
                null, null, null, null, null, null);
    }

    @Test
    void connectingSendsTheCurrentBookingsAgain() {
        when(gateway.bookingFeed.current(somchai)).thenReturn(List.of(booking("SPH-2026-000001"),
                booking("SPH-2026-000002")));
        FakeSocket page = new FakeSocket();

        open(somchai, page);

        List<JsonObject> got = page.json();
        assertEquals(List.of("booking", "booking"), page.types());
        assertEquals("SPH-2026-000001", got.get(0).getJsonObject("booking").getString("reference"));
        assertEquals("SPH-2026-000002", got.get(1).getJsonObject("booking").getString("reference"));
        assertFalse(got.get(0).getJsonObject("booking").containsKey("place"), "no value, no field");
        assertEquals(15 * 60 * 1000L, page.maxIdleTimeout);
        assertEquals(1, gateway.scheduled.size(), "it closes when the token it came with expires");
    }

    @Test
    void theFeedOnlySends() {
        FakeSocket page = new FakeSocket();
        open(somchai, page);
        page.receive("{\"type\":\"hello\"}");
        assertTrue(page.closedWith(CloseCodes.CANNOT_ACCEPT));
    }

    @Test
    void oneSubjectHoldsAtMostItsCapOfSocketsUntilOneCloses() throws Exception {
        FakeSocket[] pages = new FakeSocket[LiveFeeds.MAX_SOCKETS_PER_STAFF];
        StaffFeedEndpoint first = null;
        for (int i = 0; i < pages.length; i++) {
            pages[i] = new FakeSocket();
            StaffFeedEndpoint e = open(somchai, pages[i]);
            first = first == null ? e : first;
            assertNull(pages[i].closed);
        }
        FakeSocket oneTooMany = new FakeSocket();
        open(somchai, oneTooMany);
        assertTrue(oneTooMany.closedWith(CloseCodes.TRY_AGAIN_LATER));

        FakeSocket colleague = new FakeSocket();
        open(TestGateway.staffFeed(Grant.REQUESTER, "s-malee", "RTP-ATPD"), colleague);
        assertNull(colleague.closed, "the cap is per subject, not per agency");

        pages[0].session.close(new jakarta.websocket.CloseReason(CloseCodes.NORMAL_CLOSURE, "bye"));
        first.onClose(pages[0].session, pages[0].closed);
        FakeSocket again = new FakeSocket();
        open(somchai, again);
        assertNull(again.closed, "a closed socket frees its place");
    }
}
