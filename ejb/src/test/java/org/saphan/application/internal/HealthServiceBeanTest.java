package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;
import org.saphan.application.HealthService.HealthReport;

/** The contract's view of the readiness checks: each dependency by its check's name; missing or failing is down. */
class HealthServiceBeanTest {

    private static HealthCheck check(String name, Status status) {
        return () -> new HealthCheckResponse(name, status, Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private static HealthReport reportOf(HealthCheck... checks) {
        HealthServiceBean bean = new HealthServiceBean();
        bean.checks = mock(Instance.class);
        when(bean.checks.iterator()).thenAnswer(i -> List.of(checks).iterator());
        return bean.check();
    }

    @Test
    void upWhenBothChecksAreUp() {
        HealthReport report = reportOf(check("database", Status.UP), check("identity-provider", Status.UP));
        assertTrue(report.databaseUp());
        assertTrue(report.identityProviderUp());
        assertTrue(report.up());
    }

    @Test
    void eachDependencyIsReadFromItsOwnCheck() {
        HealthReport report = reportOf(check("database", Status.UP), check("identity-provider", Status.DOWN));
        assertEquals(new HealthReport(true, false), report);
        assertFalse(report.up());
        assertEquals(new HealthReport(false, true), reportOf(check("database", Status.DOWN),
                check("identity-provider", Status.UP)));
    }

    @Test
    void aMissingOrFailingCheckIsDown() {
        assertEquals(new HealthReport(false, true), reportOf(check("identity-provider", Status.UP)));
        HealthCheck broken = () -> {
            throw new IllegalStateException("bug in a check");
        };
        assertEquals(new HealthReport(false, true), reportOf(broken, check("identity-provider", Status.UP)));
    }

    @Test
    void twoChecksOfOneNameAreUpOnlyWhenBothAre() {
        assertEquals(new HealthReport(false, true), reportOf(check("database", Status.UP),
                check("database", Status.DOWN), check("identity-provider", Status.UP)));
    }

    @Test
    void otherChecksDoNotCount() {
        assertEquals(new HealthReport(true, true), reportOf(check("database", Status.UP),
                check("identity-provider", Status.UP), check("disk", Status.DOWN)));
    }
}
