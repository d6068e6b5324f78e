package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway with real clients (java.net.http) against the real EAR: tickets, guests, the relay of a remote
 * session, the refusals, and live offers on the interpreters' feeds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    /** A remote booking of somchai's agency, starting in a few minutes, assigned to a new interpreter. */
    private record Session(String reference, Pool.Interpreter interpreter, String requester) {
    }

    private static Session assignedRemoteBooking(String interpreterName, int minutesAhead) {
        Pool.Interpreter interpreter = Pool.interpreter(interpreterName, "mya", "Tak", "FEMALE", false);
        String somchai = Tokens.password("somchai");
        Instant start = Instant.now().plus(minutesAhead, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String code = "IT-GW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
        String reference = Pool.create(somchai, Pool.booking("SCHEDULED", "REMOTE", start, 60, "mya", "Bangkok", code))
                .getString("reference");
        long offer = Pool.offerFor(interpreter, start, "mya");
        Http.Answer accepted = Http.post("/api/offers/" + offer + "/accept", interpreter.token(), null);
        assertEquals(200, accepted.status(), accepted.body());
        return new Session(reference, interpreter, somchai);
    }

    private static String sessionTicket(String token, String reference) {
        Http.Answer a = Http.post("/api/gateway-tickets", token,
                "{\"channel\":\"session\",\"booking\":\"" + reference + "\"}");
        assertEquals(201, a.status(), a.body());
        return a.json().getString("ticket");
    }

    private static String guestTicket(String requesterToken, String reference) {
        Http.Answer code = Http.post("/api/bookings/" + reference + "/guest-codes", requesterToken, null);
        assertEquals(201, code.status(), code.body());
        Http.Answer ticket = Http.post("/api/guest-tickets", null, "{\"code\":\"" + code.json().getString("code")
                + "\"}");
        assertEquals(200, ticket.status(), ticket.body());
        assertEquals(reference, ticket.json().getString("booking"));
        return ticket.json().getString("ticket");
    }

    @Test
    void threeParticipantsEachReceiveExactlyTheOthersTextAndAudio() throws Exception {
        Session s = assignedRemoteBooking("it-gw-01", 5);
        String room = "/gateway/sessions/" + s.reference();
        WsClient officer = WsClient.connect(room, sessionTicket(s.requester(), s.reference()));
        assertEquals("saphan.v1", officer.socket.getSubprotocol());
        JsonObject joined = officer.next("joined");
        assertEquals(0, joined.getJsonArray("participants").size());
        WsClient interpreter = WsClient.connect(room, sessionTicket(s.interpreter().token(), s.reference()));
        interpreter.next("joined");
        WsClient guest = WsClient.connect(room, guestTicket(s.requester(), s.reference()));
        JsonObject guestJoined = guest.next("joined");
        assertEquals(2, guestJoined.getJsonArray("participants").size(), guestJoined.toString());
        officer.next("participant-joined");
        officer.next("participant-joined");
        interpreter.next("participant-joined");

        officer.text("{\"type\":\"text\",\"body\":\"Hello, I am the officer\"}");
        JsonObject heard = interpreter.next("text");
        assertEquals("Hello, I am the officer", heard.getString("body"));
        assertEquals(joined.getString("you"), heard.getString("from"));
        assertTrue(heard.getJsonNumber("seq").longValue() > 0);
        assertEquals("Hello, I am the officer", guest.next("text").getString("body"));

        byte[] frame = new byte[160];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (byte) (i * 7);
        }
        guest.binary(frame);
        assertArrayEquals(frame, officer.binaries.poll(10, TimeUnit.SECONDS), "byte for byte");
        assertArrayEquals(frame, interpreter.binaries.poll(10, TimeUnit.SECONDS));
        byte[] other = "interpreting".getBytes(StandardCharsets.UTF_8);
        interpreter.binary(other);
        assertArrayEquals(other, officer.binaries.poll(10, TimeUnit.SECONDS));
        assertArrayEquals(other, guest.binaries.poll(10, TimeUnit.SECONDS));

        Thread.sleep(500);
        assertTrue(officer.texts.stream().noneMatch(m -> "text".equals(m.getString("type", ""))),
                "nobody hears its own text back");
        assertNull(guest.binaries.poll(), "nobody hears its own audio back");
        assertNull(interpreter.binaries.poll());
        assertTrue(officer.binaries.isEmpty());

        guest.text("{\"type\":\"end\"}");
        assertEquals("only the requester can end the session", guest.next("error").getString("message"));
        officer.text("{\"type\":\"end\"}");
        interpreter.next("ended");
        assertEquals(1000, interpreter.awaitClose());
        assertEquals(1000, guest.awaitClose());
        assertEquals(1000, officer.awaitClose());
        assertEquals("COMPLETED", awaitStatus(s.reference(), "COMPLETED"));

        // who was there, how long, how many bytes: three attendance records, and no content anywhere in them
        int records = 0;
        for (int i = 0; i < 40 && records < 3; i++) {
            records = attendance(s.reference(), "SELECT COUNT(*) FROM session_record WHERE booking_reference = ? "
                    + "AND bytes_in > 0 AND bytes_out > 0");
            if (records < 3) {
                Thread.sleep(250);
            }
        }
        assertEquals(3, records, "one attendance record per participant, with bytes in and out");
        assertEquals(0, attendance(s.reference(), "SELECT COUNT(*) FROM gateway_ticket WHERE booking_reference = ? "
                + "AND used_at IS NULL"), "every ticket of the room was spent");
    }

    private static int attendance(String reference, String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it",
                "saphan-it"); var st = c.prepareStatement(sql)) {
            st.setString(1, reference);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String awaitStatus(String reference, String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 40 && !wanted.equals(status); i++) {
            status = Http.get("/api/bookings/" + reference, Pool.coordinator()).json().getString("status");
            if (!wanted.equals(status)) {
                Thread.sleep(250);
            }
        }
        return status;
    }

    @Test
    void outsidersForeignOriginsAndBadTicketsAreRefusedWithout101() {
        Session s = assignedRemoteBooking("it-gw-02", 10);
        Session other = assignedRemoteBooking("it-gw-03", 10);
        String room = "/gateway/sessions/" + s.reference();

        Http.Answer outsider = Http.post("/api/gateway-tickets", Tokens.password("anan"),
                "{\"channel\":\"session\",\"booking\":\"" + s.reference() + "\"}");
        assertEquals(404, outsider.status(), "another agency's booking has no room for anan");
        assertEquals(403, Http.post("/api/gateway-tickets", Pool.coordinator(),
                "{\"channel\":\"session\",\"booking\":\"" + s.reference() + "\"}").status());

        assertEquals(401, assertThrows(WsClient.Refused.class, () -> WsClient.connect(room, null)).status);
        String wrongRoom = sessionTicket(s.requester(), other.reference());
        assertEquals(403, assertThrows(WsClient.Refused.class, () -> WsClient.connect(room, wrongRoom)).status);
        assertEquals(403, assertThrows(WsClient.Refused.class,
                () -> WsClient.connect(room, "not-a-ticket-" + UUID.randomUUID())).status);
        String foreign = sessionTicket(s.requester(), s.reference());
        assertEquals(403, assertThrows(WsClient.Refused.class,
                () -> WsClient.connect(room, foreign, "http://evil.example")).status);

        String once = sessionTicket(s.requester(), s.reference());
        WsClient first = WsClient.connect(room, once);
        assertEquals(403, assertThrows(WsClient.Refused.class, () -> WsClient.connect(room, once)).status,
                "a ticket works once");
        first.close();
    }

    @Test
    void aGuestCodeWorksOnceAndOversizedFramesClose1009() throws Exception {
        Session s = assignedRemoteBooking("it-gw-04", 5);
        Http.Answer code = Http.post("/api/bookings/" + s.reference() + "/guest-codes", s.requester(), null);
        String body = "{\"code\":\"" + code.json().getString("code") + "\"}";
        assertEquals(200, Http.post("/api/guest-tickets", null, body).status());
        Http.Answer again = Http.post("/api/guest-tickets", null, body);
        assertEquals(404, again.status(), "a join code works once");
        again.error();
        assertEquals(404, Http.post("/api/bookings/" + s.reference() + "/guest-codes", Tokens.password("anan"), null)
                .status(), "only the booking's agency invites guests");

        WsClient officer = WsClient.connect("/gateway/sessions/" + s.reference(),
                sessionTicket(s.requester(), s.reference()));
        officer.next("joined");
        officer.text("{\"type\":\"text\",\"body\":\"" + "x".repeat(20_000) + "\"}");
        assertEquals(1009, officer.awaitClose(), "a message over the size limit closes with 1009");
    }

    @Test
    void aDroppedParticipantRejoinsAndReceivesWhatItMissed() throws Exception {
        Session s = assignedRemoteBooking("it-gw-05", 5);
        String room = "/gateway/sessions/" + s.reference();
        WsClient officer = WsClient.connect(room, sessionTicket(s.requester(), s.reference()));
        officer.next("joined");
        WsClient interpreter = WsClient.connect(room, sessionTicket(s.interpreter().token(), s.reference()));
        String interpreterId = interpreter.next("joined").getString("you");
        officer.text("{\"type\":\"text\",\"body\":\"before the drop\"}");
        assertEquals("before the drop", interpreter.next("text").getString("body"));

        interpreter.close();
        interpreter.awaitClose();
        officer.next("participant-left");
        officer.text("{\"type\":\"text\",\"body\":\"while you were away\"}");
        officer.text("{\"type\":\"mute\",\"muted\":true}");

        WsClient back = WsClient.connect(room, sessionTicket(s.interpreter().token(), s.reference()));
        assertEquals(interpreterId, back.next("joined").getString("you"), "the same participant id again");
        List<JsonObject> missed = back.drain(1000);
        List<String> texts = missed.stream().filter(m -> "text".equals(m.getString("type", "")))
                .map(m -> m.getString("body")).toList();
        assertEquals(List.of("while you were away"), texts, "only what it missed: " + missed);
        assertTrue(missed.stream().anyMatch(m -> "mute".equals(m.getString("type", ""))), missed.toString());
        officer.close();
        back.close();
    }

    @Test
    void offersReachOnCallInterpretersLiveAndWithdrawalsReachTheOthers() throws Exception {
        Pool.Interpreter first = Pool.interpreter("it-gw-eng-01", "eng", "Ranong", "MALE", true);
        Pool.Interpreter second = Pool.interpreter("it-gw-eng-02", "eng", "Ranong", "FEMALE", true);
        WsClient feed = WsClient.connect("/gateway/notifications", notificationsTicket(first.token()));
        assertEquals(403, assertThrows(WsClient.Refused.class, () -> WsClient.connect("/gateway/notifications",
                notificationsTicket(first.token()) + "x")).status);
        assertEquals(201, Http.post("/api/gateway-tickets", Tokens.password("somchai"),
                "{\"channel\":\"notifications\"}").status(), "requesters hear their agency's bookings");
        Tokens.ensureInterpreterUser("it-gw-no-profile");
        assertEquals(403, Http.post("/api/gateway-tickets", Tokens.password("it-gw-no-profile"),
                "{\"channel\":\"notifications\"}").status(), "an interpreter's feed needs a profile");

        Instant start = Instant.now().plusSeconds(300).truncatedTo(ChronoUnit.SECONDS);
        String reference = Pool.create(Tokens.password("nok"), Pool.booking("IMMEDIATE", "REMOTE", start, 45, "eng",
                "Bangkok", "IT-GW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "2"))
                .getString("reference");
        JsonObject offer = feed.next("offer").getJsonObject("offer");
        assertEquals(start.toString(), offer.getString("start"));
        assertFalse(offer.containsKey("caseCode"));
        assertFalse(offer.containsKey("place"));

        // the second interpreter's phone was asleep: on connecting it gets its open offer again
        WsClient late = WsClient.connect("/gateway/notifications", notificationsTicket(second.token()));
        long lateOffer = late.next("offer").getJsonObject("offer").getJsonNumber("id").longValue();

        Http.Answer accepted = Http.post("/api/offers/" + offer.getJsonNumber("id") + "/accept", first.token(), null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(reference, feed.next("assigned").getJsonObject("booking").getString("reference"));
        assertEquals(lateOffer, late.next("offer-withdrawn").getJsonNumber("offerId").longValue());
        feed.close();
        late.close();
    }

    @Test
    void requestersHearOfTheirAgencysBookingsAndCoordinatorsOfEveryOneLiveAndAgainOnConnecting() throws Exception {
        WsClient officer = WsClient.connect("/gateway/notifications", notificationsTicket(Tokens.password("malee")));
        WsClient otherAgency = WsClient.connect("/gateway/notifications",
                notificationsTicket(Tokens.password("anan")));
        WsClient coordinator = WsClient.connect("/gateway/notifications",
                notificationsTicket(Tokens.password("wichai")));
        otherAgency.drain(1000); // whatever its agency already had

        String caseCode = "IT-FEED-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "7";
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String reference = Pool.create(Tokens.password("somchai"), Pool.booking("SCHEDULED", "ON_SITE", start, 60,
                "khm", "Trat", caseCode)).getString("reference");

        JsonObject mine = untilReference(officer, reference);
        assertEquals(caseCode, mine.getString("caseCode"), "a requester of the agency sees the whole booking");
        assertTrue(mine.containsKey("offers"), "with how many interpreters hold an offer: " + mine);
        JsonObject all = untilReference(coordinator, reference);
        assertEquals("RTP-ATPD", all.getString("agency"));
        for (JsonObject m : otherAgency.drain(1500)) {
            assertFalse(m.toString().contains(reference), "another agency hears nothing of it: " + m);
        }

        Http.Answer cancelled = Http.post("/api/bookings/" + reference + "/cancel", Tokens.password("somchai"),
                "{\"reason\":\"end of the feed test\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonObject after = untilStatus(officer, reference, "CANCELLED");
        assertFalse(after.containsKey("offers"), "a cancelled booking waits for nobody: " + after);
        untilStatus(coordinator, reference, "CANCELLED");

        // a page that reconnects gets the current state again
        WsClient again = WsClient.connect("/gateway/notifications", notificationsTicket(Tokens.password("somchai")));
        assertEquals("CANCELLED", untilReference(again, reference).getString("status"));
        officer.close();
        otherAgency.close();
        coordinator.close();
        again.close();
    }

    private static JsonObject untilReference(WsClient feed, String reference) throws InterruptedException {
        return untilStatus(feed, reference, null);
    }

    private static JsonObject untilStatus(WsClient feed, String reference, String status)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            JsonObject booking = feed.next("booking").getJsonObject("booking");
            if (reference.equals(booking.getString("reference"))
                    && (status == null || status.equals(booking.getString("status")))) {
                return booking;
            }
        }
        throw new AssertionError("no booking message for " + reference + (status == null ? "" : " " + status));
    }

    private static String notificationsTicket(String token) {
        Http.Answer a = Http.post("/api/gateway-tickets", token, "{\"channel\":\"notifications\"}");
        assertEquals(201, a.status(), a.body());
        return a.json().getString("ticket");
    }
}
