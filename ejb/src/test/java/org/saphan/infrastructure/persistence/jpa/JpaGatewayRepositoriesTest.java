package org.saphan.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.GuestPass;
import org.saphan.domain.model.session.IssuedTicket;
import org.saphan.domain.model.session.SessionRecord;

/**
 * The gateway's tables as typed records: what each conditional write spends, the rows read back column by column
 * whatever type the driver gives a timestamp, and the values written in the order the statements name them.
 */
class JpaGatewayRepositoriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:05:00Z");

    private final EntityManager em = mock(EntityManager.class);

    private Query query(String sql) {
        Query query = mock(Query.class);
        when(em.createNativeQuery(sql)).thenReturn(query);
        when(query.setParameter(anyInt(), any())).thenReturn(query);
        return query;
    }

    @Test
    void aTicketRowReadsBackAsIssuedWhateverTheDriversTimestampType() {
        Object[] row = {"SESSION", "SPH-2026-000042", "s-aung", "aung", "interpreter", null, 5L,
                Timestamp.from(NOW), LocalDateTime.ofInstant(NOW.plusSeconds(30), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(NOW.plusSeconds(600), ZoneOffset.UTC)};
        IssuedTicket ticket = JpaTicketRepository.ticket("h", row);
        assertEquals(new IssuedTicket("h", Channel.SESSION, Fixtures.REFERENCE, "s-aung", "aung", "interpreter", null,
                InterpreterId.of(5), NOW, NOW.plusSeconds(30), NOW.plusSeconds(600)), ticket);

        Object[] feed = {"NOTIFICATIONS", null, "s-ploy", "ploy", "coordinator", "SAPHAN", null, NOW, NOW, NOW};
        IssuedTicket coordinator = JpaTicketRepository.ticket("h", feed);
        assertNull(coordinator.booking());
        assertNull(coordinator.interpreter());
    }

    @Test
    void aTicketThatTheConditionalUpdateDidNotSpendIsNotRead() {
        JpaTicketRepository tickets = new JpaTicketRepository();
        tickets.em = em;
        Query spend = query(JpaTicketRepository.SPEND);
        when(spend.executeUpdate()).thenReturn(0);

        assertEquals(Optional.empty(), tickets.redeem("h", NOW));
        verify(spend).setParameter(1, Timestamp.from(NOW));
        verify(spend).setParameter(2, "h");
        verify(em, never()).createNativeQuery(JpaTicketRepository.FIND);
    }

    @Test
    void aSpentTicketIsReadBack() {
        JpaTicketRepository tickets = new JpaTicketRepository();
        tickets.em = em;
        when(query(JpaTicketRepository.SPEND).executeUpdate()).thenReturn(1);
        when(query(JpaTicketRepository.FIND).getSingleResult()).thenReturn(new Object[]{"NOTIFICATIONS", null,
                "s-aung", "aung", "interpreter", null, 5, NOW, NOW.plusSeconds(30), NOW.plusSeconds(600)});

        IssuedTicket ticket = tickets.redeem("h", NOW).orElseThrow();
        assertEquals(InterpreterId.of(5), ticket.interpreter());
        assertEquals(NOW.plusSeconds(600), ticket.identityExpiresAt());
    }

    @Test
    void aFeedTicketIsWrittenWithoutRoomOrProfile() {
        JpaTicketRepository tickets = new JpaTicketRepository();
        tickets.em = em;
        Query insert = query(JpaTicketRepository.INSERT);
        tickets.store(new IssuedTicket("h", Channel.NOTIFICATIONS, null, "s-ploy", "ploy", "coordinator", "SAPHAN",
                null, NOW, NOW.plusSeconds(30), NOW.plusSeconds(600)));
        verify(insert).setParameter(2, "NOTIFICATIONS");
        verify(insert).setParameter(3, null);
        verify(insert).setParameter(8, null);
        verify(insert).setParameter(11, Timestamp.from(NOW.plusSeconds(600)));
        verify(insert).executeUpdate();
    }

    @Test
    void aGuestCodeSpentOnceNamesItsRoomAndTheNewGuest() {
        JpaGuestCodeRepository codes = new JpaGuestCodeRepository();
        codes.em = em;
        Query spend = query(JpaGuestCodeRepository.SPEND);
        when(spend.executeUpdate()).thenReturn(1, 0);
        when(query(JpaGuestCodeRepository.BOOKING_OF).getSingleResult()).thenReturn("SPH-2026-000042");

        assertEquals(Optional.of(new GuestPass(Fixtures.REFERENCE, "guest-abc")),
                codes.redeem("h", NOW, "guest-abc", "rh"));
        verify(spend).setParameter(3, "guest-abc");
        verify(spend).setParameter(4, "rh");
        assertEquals(Optional.empty(), codes.redeem("h", NOW, "guest-def", "rh2"), "a code admits one device");
    }

    @Test
    void aRejoinCredentialFindsItsGuest() {
        JpaGuestCodeRepository codes = new JpaGuestCodeRepository();
        codes.em = em;
        Query find = query(JpaGuestCodeRepository.FIND_BY_REJOIN);
        when(find.getResultList()).thenReturn(List.<Object[]>of(new Object[]{"SPH-2026-000042", "guest-abc"}),
                List.of());
        assertEquals(Optional.of(new GuestPass(Fixtures.REFERENCE, "guest-abc")), codes.findByRejoin("rh"));
        assertEquals(Optional.empty(), codes.findByRejoin("rh"));
    }

    @Test
    void aStayIsWrittenWithItsDuration() {
        JpaSessionRecordRepository records = new JpaSessionRecordRepository();
        records.em = em;
        Query insert = query(JpaSessionRecordRepository.INSERT);
        records.add(new SessionRecord(Fixtures.REFERENCE, "p-1", "guest", "guest-abc", NOW, NOW.plusSeconds(95), 10,
                20, 3, null));
        verify(insert).setParameter(1, "SPH-2026-000042");
        verify(insert).setParameter(7, 95L);
        verify(insert).setParameter(11, null);
        verify(insert).executeUpdate();
    }
}
