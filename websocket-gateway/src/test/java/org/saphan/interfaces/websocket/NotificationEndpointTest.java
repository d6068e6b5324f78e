package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.application.booking.OfferView;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.application.gateway.FeedSocket;
import org.mockito.ArgumentCaptor;

/** An interpreter's feed: open offers again on connecting, a listener only, at most three sockets. */
class NotificationEndpointTest {

    private final TestGateway gateway = new TestGateway();

    private NotificationEndpoint open(Grant grant, FakeSocket socket) {
        NotificationEndpoint endpoint = (NotificationEndpoint) gateway.gateway.notificationEndpoint(grant);
        assertNotNull(endpoint, "below the cap there is an endpoint");
        endpoint.onOpen(socket.session, null);
        return endpoint;
    }

    @Test
    void connectingSendsTheOpenOffersAgain() {
        OfferView offer = new OfferView(41, "OPEN", Instant.parse("2026-12-01T02:15:00Z"), "SCREENING_INTERVIEW",
                "REMOTE", "IMMEDIATE", Instant.parse("2026-12-01T02:00:00Z"), 60, "mya", "tha", null, null, null);
        OfferView other = new OfferView(42, "OPEN", Instant.parse("2026-12-01T02:15:00Z"), "SCREENING_INTERVIEW",
                "REMOTE", "IMMEDIATE", Instant.parse("2026-12-01T02:00:00Z"), 60, "khm", "tha", null, null, null);
        when(gateway.offers.openOffersOf(InterpreterId.of(7))).thenReturn(List.of(offer, other));
        FakeSocket phone = new FakeSocket();

        open(TestGateway.feed(7), phone);

        List<JsonObject> got = phone.json();
        assertEquals(2, got.size());
        assertEquals("offer", got.get(0).getString("type"));
        assertEquals(41, got.get(0).getJsonObject("offer").getInt("id"));
        assertEquals("mya", got.get(0).getJsonObject("offer").getString("language"));
        assertEquals("2026-12-01T02:15:00Z", got.get(0).getJsonObject("offer").getString("expiresAt"));
        assertFalse(got.get(0).getJsonObject("offer").containsKey("province"), "no value, no field");
        assertEquals(42, got.get(1).getJsonObject("offer").getInt("id"));
        assertEquals(15 * 60 * 1000L, phone.maxIdleTimeout);
        assertEquals(1, gateway.feeds.connectedCount(7));
    }

    @Test
    void theFeedOnlySends() {
        FakeSocket phone = new FakeSocket();
        open(TestGateway.feed(7), phone);
        phone.receive("{\"type\":\"hello\"}");
        assertTrue(phone.closedWith(CloseCodes.CANNOT_ACCEPT));
        assertEquals("this feed only sends", phone.closed.getReasonPhrase());
    }

    @Test
    void pushesReachEverySocketOfThatInterpreterOnly() {
        FakeSocket phone = new FakeSocket();
        FakeSocket tablet = new FakeSocket();
        FakeSocket someoneElse = new FakeSocket();
        open(TestGateway.feed(7), phone);
        open(TestGateway.feed(7), tablet);
        open(TestGateway.feed(8), someoneElse);
        String message = gateway.feeds.message("offer-withdrawn", "offerId", 41L);
        assertEquals("{\"type\":\"offer-withdrawn\",\"offerId\":41}", message);
        // what an AFTER_SUCCESS observer does with an event: push to the sockets registered for the interpreter
        ArgumentCaptor<FeedSocket> registered = ArgumentCaptor.forClass(FeedSocket.class);
        verify(gateway.feeds, times(2)).connect(eq(7L), registered.capture());
        for (FeedSocket socket : registered.getAllValues()) {
            socket.sendText(message);
        }
        assertEquals(List.of(message), phone.texts);
        assertEquals(List.of(message), tablet.texts);
        assertTrue(someoneElse.texts.isEmpty());
    }

    @Test
    void aFourthSocketIsRefusedUntilOneCloses() throws Exception {
        FakeSocket[] sockets = {new FakeSocket(), new FakeSocket(), new FakeSocket()};
        NotificationEndpoint first = open(TestGateway.feed(7), sockets[0]);
        open(TestGateway.feed(7), sockets[1]);
        open(TestGateway.feed(7), sockets[2]);

        assertNull(gateway.gateway.notificationEndpoint(TestGateway.feed(7)), "the servlet answers 429 on null");
        assertNotNull(gateway.gateway.notificationEndpoint(TestGateway.feed(8)), "the cap is per interpreter");

        sockets[0].session.close(new CloseReason(CloseCodes.NORMAL_CLOSURE, "bye"));
        first.onClose(sockets[0].session, sockets[0].closed);
        assertEquals(2, gateway.feeds.connectedCount(7));
        assertNotNull(gateway.gateway.notificationEndpoint(TestGateway.feed(7)));
    }

    @Test
    void aSocketThatWinsTheRaceOverTheCapIsClosedWith1013() {
        // two handshakes passed the servlet's check at once; the registry admits only up to the cap
        NotificationEndpoint[] late = new NotificationEndpoint[4];
        for (int i = 0; i < 4; i++) {
            late[i] = (NotificationEndpoint) gateway.gateway.notificationEndpoint(TestGateway.feed(7));
            assertNotNull(late[i]);
        }
        FakeSocket[] sockets = new FakeSocket[4];
        for (int i = 0; i < 4; i++) {
            sockets[i] = new FakeSocket();
            late[i].onOpen(sockets[i].session, null);
        }
        assertNull(sockets[2].closed);
        assertTrue(sockets[3].closedWith(CloseCodes.TRY_AGAIN_LATER));
        assertEquals("too many sockets", sockets[3].closed.getReasonPhrase());
        assertEquals(3, gateway.feeds.connectedCount(7));
    }
}
