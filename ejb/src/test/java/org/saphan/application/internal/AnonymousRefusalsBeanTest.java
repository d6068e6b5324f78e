package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Stateless;
import jakarta.ejb.TimerService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.saphan.application.RefusalLog;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;

/**
 * Every folded refusal reaches the log: the repeats still counted in an open window are written when Saphan stops,
 * and the container stops the refusal log only after that (the bean depends on it).
 */
class AnonymousRefusalsBeanTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    private final RefusalLog log = mock(RefusalLog.class);

    private AnonymousRefusalsBean bean() {
        AnonymousRefusalsBean bean = new AnonymousRefusalsBean();
        bean.refusals = log;
        bean.clock = Clock.fixed(T0, ZoneOffset.UTC);
        bean.foldSeconds = 60;
        bean.timers = mock(TimerService.class);
        bean.start();
        return bean;
    }

    @Test
    void theRepeatsOfAnOpenWindowAreWrittenWhenSaphanStops() {
        AnonymousRefusalsBean bean = bean();
        for (int i = 0; i < 5; i++) {
            bean.refused("10.0.0.9", 401, "invalid-token", "GET /api/me");
        }
        verify(log, times(1)).refused(AuditAction.API_REQUEST, "api", null, Outcome.DENIED, 401, "invalid-token");
        verify(log, never()).refusedRepeatedly(any(), any(), any(), any(), anyLong(), any());

        bean.stop();

        verify(log).refusedRepeatedly(AuditAction.API_REQUEST, "api", Outcome.DENIED, "401 invalid-token", 4, T0);
    }

    @Test
    void aWindowWithoutRepeatsWritesNothingMoreAtTheStop() {
        AnonymousRefusalsBean bean = bean();
        bean.refused("10.0.0.9", 401, "no-token", "GET /api/me");
        bean.stop();
        verify(log, never()).refusedRepeatedly(any(), any(), any(), any(), anyLong(), any());
    }

    @Test
    void theRefusalLogStopsOnlyAfterThisBeanHasWrittenItsWindows() {
        DependsOn dependsOn = AnonymousRefusalsBean.class.getAnnotation(DependsOn.class);
        assertArrayEquals(new String[]{RefusalLogBean.class.getSimpleName()}, dependsOn.value(),
                "@DependsOn names the EJB that writes the refusals");
        Stateless refusalLog = RefusalLogBean.class.getAnnotation(Stateless.class);
        assertEquals("", refusalLog.name(), "RefusalLogBean keeps its default EJB name, the class's simple name");
        assertTrue(RefusalLog.class.isAssignableFrom(RefusalLogBean.class));
    }
}
