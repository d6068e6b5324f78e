package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.gateway.Attendance;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.Actor;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.session.Channel;

/** The confidentiality log's lines for sockets: the ticket's holder as the actor, the room or feed as the object. */
class AdmissionAuditTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-01T03:00:00Z");

    private final AdmissionAudit admissions = new AdmissionAudit();

    @BeforeEach
    void setUp() {
        admissions.audit = mock(AuditTrail.class);
        when(admissions.audit.requestId()).thenReturn("req-1");
    }

    private AuditRecord appended() {
        ArgumentCaptor<AuditRecord> record = ArgumentCaptor.forClass(AuditRecord.class);
        verify(admissions.audit).append(record.capture());
        return record.getValue();
    }

    @Test
    void aJoinOfARoomIsTheHoldersOnTheRoomItAskedFor() {
        Grant grant = new Grant(Channel.SESSION, Fixtures.REFERENCE, "s-somchai", "somchai", Grant.REQUESTER,
                "RTP-TAK", null, EXPIRES);
        BookingReference asked = BookingReference.parse("SPH-2026-000999");

        admissions.socket(grant, asked, Outcome.DENIED, "ticket issued for another socket");

        AuditRecord line = appended();
        assertEquals(new Actor("s-somchai", "somchai", Grant.REQUESTER, "RTP-TAK"), line.actor());
        assertEquals(AuditAction.SESSION_JOIN, line.action());
        assertEquals("booking", line.objectType());
        assertEquals(asked.value(), line.objectId());
        assertEquals(Outcome.DENIED, line.outcome());
        assertEquals("ticket issued for another socket", line.reason());
        assertEquals("req-1", line.requestId());
    }

    @Test
    void anAdmittedJoinNamesTheTicketsRoomAndNoReason() {
        Grant grant = new Grant(Channel.SESSION, Fixtures.REFERENCE, "guest-abc", null, Grant.GUEST, null, null,
                EXPIRES);
        admissions.socket(grant, null, Outcome.ALLOWED, null);
        AuditRecord line = appended();
        assertEquals(Fixtures.REFERENCE.value(), line.objectId());
        assertNull(line.reason());
    }

    @Test
    void feedsAreLoggedByWhoseFeedTheyAre() {
        admissions.socket(new Grant(Channel.NOTIFICATIONS, null, "s-aung", "aung", Grant.INTERPRETER, null, 5L,
                EXPIRES), null, Outcome.ALLOWED, null);
        AuditRecord interpreter = appended();
        assertEquals(AuditAction.GATEWAY_TICKET, interpreter.action());
        assertEquals("interpreter", interpreter.objectType());
        assertEquals("5", interpreter.objectId());
        assertEquals("notifications socket opened", interpreter.reason());

        setUp();
        admissions.socket(new Grant(Channel.NOTIFICATIONS, null, "s-ploy", "ploy", Grant.COORDINATOR, "SAPHAN", null,
                EXPIRES), null, Outcome.DENIED, "no longer admitted");
        AuditRecord coordinator = appended();
        assertEquals("feed", coordinator.objectType());
        assertEquals(Grant.COORDINATOR, coordinator.objectId());
        assertEquals("no longer admitted", coordinator.reason());

        setUp();
        admissions.socket(new Grant(Channel.NOTIFICATIONS, null, "s-somchai", "somchai", Grant.REQUESTER, "RTP-TAK",
                null, EXPIRES), null, Outcome.ALLOWED, null);
        AuditRecord agency = appended();
        assertEquals("agency", agency.objectType());
        assertEquals("RTP-TAK", agency.objectId());
    }

    @Test
    void aGuestIsItsAdmissionNotAnAccount() {
        admissions.guest(AuditAction.GUEST_REJOIN, "guest-abc", Fixtures.REFERENCE);
        AuditRecord line = appended();
        assertEquals(new Actor("guest-abc", null, Grant.GUEST, null), line.actor());
        assertEquals(AuditAction.GUEST_REJOIN, line.action());
        assertEquals(Fixtures.REFERENCE.value(), line.objectId());
    }

    @Test
    void aLeaveSaysHowLongAndHowManyBytesNeverWhat() {
        Instant joined = Instant.parse("2026-12-01T02:00:00Z");
        admissions.left(new Attendance(Fixtures.REFERENCE, "p-1", Grant.INTERPRETER, "s-aung", "aung", null, joined,
                joined.plusSeconds(61), 10, 20, 3, 1001));
        AuditRecord line = appended();
        assertEquals(new Actor("s-aung", "aung", Grant.INTERPRETER, null), line.actor());
        assertEquals(AuditAction.SESSION_LEAVE, line.action());
        assertEquals("stayed 61 s, 10 bytes in, 20 bytes out, close code 1001", line.reason());
    }

    @Test
    void aLeaveWithoutSubjectIsThePartipantsId() {
        Instant joined = Instant.parse("2026-12-01T02:00:00Z");
        admissions.left(new Attendance(Fixtures.REFERENCE, "p-1", Grant.GUEST, null, null, null, joined, joined, 0, 0,
                0, null));
        assertEquals("p-1", appended().actor().subject());
    }
}
