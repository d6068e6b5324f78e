package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the session room's pages need from the gateway, with real clients: a guest's rejoin credential (the code
 * stays single use, the credential brings back the same participant while the room is open and opens nothing else),
 * "away" while a participant's socket is gone, the microphone-blocked notice, presence, leave and ping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRoomIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private record Booked(String reference, Pool.Interpreter interpreter, String requester) {
    }

    /** A remote booking of somchai's agency, starting in a few minutes, assigned to a new interpreter. */
    private static Booked assignedRemoteBooking(String interpreterName) {
        Pool.Interpreter interpreter = Pool.interpreter(interpreterName, "mya", "Tak", "FEMALE", false);
        String somchai = Tokens.password("somchai");
        Instant start = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String code = "IT-SR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
        String reference = Pool.create(somchai, Pool.booking("SCHEDULED", "REMOTE", start, 60, "mya", "Bangkok", code))
                .getString("reference");
        long offer = Pool.offerFor(interpreter, start, "mya");
        Http.Answer accepted = Http.post("/api/offers/" + offer + "/accept", interpreter.token(), null);
        assertEquals(200, accepted.status(), accepted.body());
        return new Booked(reference, interpreter, somchai);
    }

    private static String sessionTicket(String token, String reference) {
        Http.Answer a = Http.post("/api/gateway-tickets", token,
                "{\"channel\":\"session\",\"booking\":\"" + reference + "\"}");
        assertEquals(201, a.status(), a.body());
        return a.json().getString("ticket");
    }

    private static String room(Booked b) {
        return "/gateway/sessions/" + b.reference();
    }

    @Test
    void aGuestWhoDroppedRejoinsWithItsCredentialAsTheSameParticipantWhileOthersSeeItAway() throws Exception {
        Booked b = assignedRemoteBooking("it-sr-01");
        Booked other = assignedRemoteBooking("it-sr-02");
        WsClient officer = WsClient.connect(room(b), sessionTicket(b.requester(), b.reference()));
        officer.next("joined");

        String code = Http.post("/api/bookings/" + b.reference() + "/guest-codes", b.requester(), null).json()
                .getString("code");
        Http.Answer admitted = Http.post("/api/guest-tickets", null, "{\"code\":\"" + code + "\"}");
        assertEquals(200, admitted.status(), admitted.body());
        String rejoin = admitted.json().getString("rejoin");
        assertTrue(rejoin.length() >= 40, "a long random credential");
        assertFalse(admitted.body().contains(code), "the code is not echoed");
        assertTrue(Instant.parse(admitted.json().getString("rejoinUntil")).isAfter(Instant.now().plusSeconds(3600)),
                "valid while the room is open (an hour's booking, 30 minutes after)");

        WsClient guest = WsClient.connect(room(b), admitted.json().getString("ticket"));
        String guestId = guest.next("joined").getString("you");
        assertEquals(guestId, officer.next("participant-joined").getJsonObject("participant").getString("id"));

        // the phone switched apps: the connection is gone without a close frame
        long dropped = System.nanoTime();
        guest.socket.abort();
        JsonObject away = officer.next("participant-away");
        assertEquals(guestId, away.getJsonObject("participant").getString("id"));
        assertEquals("guest", away.getJsonObject("participant").getString("role"));
        officer.text("{\"type\":\"text\",\"body\":\"while the guest was away\"}");

        // the code stays single use; the credential is what brings this device back
        assertEquals(404, Http.post("/api/guest-tickets", null, "{\"code\":\"" + code + "\"}").status());
        Http.Answer wrong = Http.post("/api/guest-tickets", null, "{\"rejoin\":\"" + rejoin + "x\"}");
        assertEquals(404, wrong.status(), wrong.body());
        wrong.error();
        Http.Answer again = Http.post("/api/guest-tickets", null, "{\"rejoin\":\"" + rejoin + "\"}");
        assertEquals(200, again.status(), again.body());
        assertEquals(b.reference(), again.json().getString("booking"));
        WsClient back = WsClient.connect(room(b), again.json().getString("ticket"));
        JsonObject joined = back.next("joined");
        long rejoinMillis = (System.nanoTime() - dropped) / 1_000_000;
        System.out.println("guest rejoined " + rejoinMillis + " ms after the drop (including the away notice)");
        assertEquals(guestId, joined.getString("you"), "the same participant as before");
        assertEquals(List.of("while the guest was away"), back.drain(800).stream()
                .filter(m -> "text".equals(m.getString("type", ""))).map(m -> m.getString("body")).toList(),
                "it gets what it missed");
        JsonObject returned = officer.next("participant-joined");
        assertEquals(guestId, returned.getJsonObject("participant").getString("id"));
        assertTrue(returned.getBoolean("back"), "the others learn the guest is back, not a new guest");

        // this room only: a ticket from the credential opens no other room
        String stray = Http.post("/api/guest-tickets", null, "{\"rejoin\":\"" + rejoin + "\"}").json()
                .getString("ticket");
        assertEquals(403, assertThrows(WsClient.Refused.class,
                () -> WsClient.connect(room(other), stray)).status);

        // once the requester ended the session the credential opens nothing
        officer.text("{\"type\":\"end\"}");
        back.next("ended");
        awaitStatus(b.reference(), "COMPLETED");
        Http.Answer closed = Http.post("/api/guest-tickets", null, "{\"rejoin\":\"" + rejoin + "\"}");
        assertEquals(409, closed.status(), closed.body());
        assertEquals("room-closed", closed.error().getString("error"));
    }

    @Test
    void theOfficerIsToldTheGuestsMicrophoneIsBlockedAndLeavingIsNotBeingAway() throws Exception {
        Booked b = assignedRemoteBooking("it-sr-03");
        WsClient officer = WsClient.connect(room(b), sessionTicket(b.requester(), b.reference()));
        officer.next("joined");
        WsClient interpreter = WsClient.connect(room(b), sessionTicket(b.interpreter().token(), b.reference()));
        String interpreterId = interpreter.next("joined").getString("you");
        officer.next("participant-joined");
        String code = Http.post("/api/bookings/" + b.reference() + "/guest-codes", b.requester(), null).json()
                .getString("code");
        WsClient guest = WsClient.connect(room(b), Http.post("/api/guest-tickets", null,
                "{\"code\":\"" + code + "\"}").json().getString("ticket"));
        String guestId = guest.next("joined").getString("you");

        guest.text("{\"type\":\"microphone\",\"blocked\":true}");
        JsonObject blocked = officer.next("microphone");
        assertEquals(guestId, blocked.getString("from"));
        assertEquals("guest", blocked.getString("role"));
        assertTrue(blocked.getBoolean("blocked"));
        assertTrue(interpreter.next("microphone").getBoolean("blocked"));
        guest.text("{\"type\":\"microphone\",\"blocked\":false}");
        assertFalse(officer.next("microphone").getBoolean("blocked"));

        // a browser that cannot play Opus says so, and the others hear it (they send it the second codec then)
        guest.text("{\"type\":\"codecs\",\"opus\":false}");
        JsonObject codecs = officer.next("codecs");
        assertEquals(guestId, codecs.getString("from"));
        assertFalse(codecs.getBoolean("opus"));

        guest.text("{\"type\":\"presence\",\"away\":true}");
        JsonObject presence = officer.next("presence");
        assertEquals(guestId, presence.getString("from"));
        assertTrue(presence.getBoolean("away"));

        interpreter.text("{\"type\":\"ping\",\"t\":1234.5}");
        assertEquals(1234.5, interpreter.next("pong").getJsonNumber("t").doubleValue());
        assertTrue(officer.drain(300).stream().noneMatch(m -> "pong".equals(m.getString("type", ""))),
                "a pong goes to its sender only");

        // a page's Leave says so: the others see the interpreter left, not away
        interpreter.text("{\"type\":\"leave\"}");
        assertEquals(1000, interpreter.awaitClose());
        JsonObject left = officer.next("participant-left");
        assertEquals(interpreterId, left.getJsonObject("participant").getString("id"));

        // a newcomer's list shows who is away
        guest.socket.abort();
        assertEquals(guestId, officer.next("participant-away").getJsonObject("participant").getString("id"));
        WsClient second = WsClient.connect(room(b), sessionTicket(Tokens.password("malee"), b.reference()));
        JsonObject list = second.next("joined");
        assertNotEquals(guestId, list.getString("you"));
        assertTrue(list.getJsonArray("participants").stream().map(JsonObject.class::cast)
                .anyMatch(p -> p.getString("id").equals(guestId) && p.getBoolean("away", false)), list.toString());
        officer.close();
        second.close();
    }

    private static void awaitStatus(String reference, String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 40 && !wanted.equals(status); i++) {
            status = Http.get("/api/bookings/" + reference, Pool.coordinator()).json().getString("status");
            if (!wanted.equals(status)) {
                Thread.sleep(250);
            }
        }
        assertEquals(wanted, status);
    }
}
