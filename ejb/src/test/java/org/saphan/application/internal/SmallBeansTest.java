package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saphan.application.IdentityService.Me;
import org.saphan.application.IdentityService.RoleCheck;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.application.security.NotAuthenticatedException;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditEntry;
import org.saphan.domain.model.audit.InMemoryAuditLog;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;

/**
 * The application beans small enough to test as one class each, with the database as the one stand-in and the real
 * audit trail writing to a log in memory: who the caller is, refusals in the log, the retention batch.
 */
class SmallBeansTest {

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final CurrentCaller caller = new CurrentCaller();
    private final AuditTrail trail = new AuditTrail(log, caller);

    private static final Caller AUNG = new Caller("s-aung", "aung", Set.of(Caller.INTERPRETER), Optional.empty());
    private static final Caller SOMCHAI = new Caller("s-somchai", "somchai", Set.of(Caller.REQUESTER),
            Optional.of("RTP-ATPD"));

    private IdentityServiceBean identity(Caller who, Long interpreterId) {
        IdentityServiceBean bean = new IdentityServiceBean();
        if (who != null) {
            caller.set(who);
        }
        bean.currentCaller = caller;
        bean.audit = trail;
        bean.em = mock(EntityManager.class);
        Query query = mock(Query.class);
        when(bean.em.createNativeQuery(anyString())).thenReturn(query);
        when(query.setParameter(anyInt(), any())).thenReturn(query);
        when(query.getResultList()).thenReturn(interpreterId == null ? List.of() : List.of(interpreterId));
        return bean;
    }

    @Test
    void anInterpreterLearnsItsProfileIdAndTheReadIsLogged() {
        IdentityServiceBean bean = identity(AUNG, 17L);
        Me me = bean.me();
        assertEquals(new Me("s-aung", "aung", List.of("interpreter"), null, 17L), me);
        AuditEntry entry = log.entries.get(0);
        assertEquals("IDENTITY_READ", entry.action());
        assertEquals("aung", entry.actorUsername());
        assertEquals("ALLOWED", entry.outcome());
    }

    @Test
    void aRequesterHasAnAgencyAndNoProfileLookup() {
        IdentityServiceBean bean = identity(SOMCHAI, 17L);
        Me me = bean.me();
        assertEquals("RTP-ATPD", me.agency());
        assertNull(me.interpreterId(), "only interpreters have a profile id");
        verify(bean.em, never()).createNativeQuery(anyString());
    }

    @Test
    void anInterpreterWithoutAProfileHasNoId() {
        assertNull(identity(AUNG, null).me().interpreterId());
    }

    @Test
    void nobodySignedInIsRefused() {
        IdentityServiceBean bean = identity(null, null);
        assertThrows(NotAuthenticatedException.class, bean::me);
    }

    @Test
    void aRoleCheckAnswersTheRoleAndTheSubjectAndIsLogged() {
        IdentityServiceBean bean = identity(SOMCHAI, null);
        assertEquals(new RoleCheck("requester", "s-somchai"), bean.requesterCheck());
        assertEquals("ROLE_CHECK", log.entries.get(0).action());
        assertEquals("requester", log.entries.get(0).objectId());
    }

    @Test
    void aRefusalIsLoggedWithItsStatusAndCodeAndNothingElse() {
        RefusalLogBean bean = new RefusalLogBean();
        bean.trail = trail;
        caller.set(SOMCHAI);
        bean.refused(AuditAction.BOOKING_READ, "booking", "SPH-2026-000042", Outcome.DENIED, 404, "not-found");
        AuditEntry entry = log.entries.get(0);
        assertEquals("BOOKING_READ", entry.action());
        assertEquals("DENIED", entry.outcome());
        assertEquals("SPH-2026-000042", entry.objectId());
        assertEquals("404 not-found", entry.reason());
        assertEquals("somchai", entry.actorUsername());
    }

    @Test
    void anAnonymousRefusalAndAnIdThatIsNoIdAreLoggedSafely() {
        RefusalLogBean bean = new RefusalLogBean();
        bean.trail = trail;
        bean.refused(AuditAction.BOOKING_READ, "booking", "Somchai Example", Outcome.DENIED, 401, null);
        AuditEntry entry = log.entries.get(0);
        assertEquals("anonymous", entry.actorSubject());
        assertEquals("(invalid)", entry.objectId(), "a typed name never lands in the log");
        assertEquals("401 ", entry.reason());
    }

    @Test
    void retentionPseudonymisesTheFinishedBookingsOfTheBatchOnceEach() {
        Booking cancelled = Fixtures.booking();
        cancelled.cancel("the hearing moved", Fixtures.NOW);
        Booking alreadyDone = Fixtures.request().start(Fixtures.TUESDAY_9.plusSeconds(86_400)).booking();
        alreadyDone.cancel("no longer needed", Fixtures.NOW);
        alreadyDone.pseudonymise(Fixtures.NOW);
        BookingRetention retention = new BookingRetention();
        retention.audit = trail;
        retention.bookings = mock(BookingRepository.class);
        retention.clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        Instant cutoff = Instant.parse("2027-12-31T00:00:00Z");
        when(retention.bookings.findFinishedNotPseudonymisedBefore(cutoff, BookingRetention.BATCH))
                .thenReturn(List.of(cancelled, alreadyDone));

        int done = retention.pseudonymiseOlderThan(cutoff);

        assertEquals(1, done, "a booking pseudonymised before is not counted again");
        assertEquals(Optional.of(Fixtures.NOW), cancelled.pseudonymisedAt(), "at the clock's time");
        assertTrue(cancelled.place().isEmpty() && cancelled.noteForInterpreter().isEmpty());
        assertEquals(BookingStatus.CANCELLED, cancelled.status(), "the booking itself stays");
        assertEquals(1, log.entries.size());
        assertEquals("BOOKING_PSEUDONYMISE", log.entries.get(0).action());
        assertEquals("system", log.entries.get(0).actorSubject());
        assertEquals(cancelled.reference().value(), log.entries.get(0).objectId());
    }
}
