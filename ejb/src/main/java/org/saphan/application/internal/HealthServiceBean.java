package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.saphan.application.HealthService;

/**
 * Reads the readiness checks that WildFly also serves on its management interface, so that {@code /api/health} and
 * {@code /health/ready} never disagree. A check that is missing or fails counts as down.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthServiceBean implements HealthService {

    private static final Logger LOG = Logger.getLogger(HealthServiceBean.class.getName());

    @Inject
    @Readiness
    Instance<HealthCheck> checks;

    @Override
    public HealthReport check() {
        Map<String, Boolean> up = new HashMap<>();
        for (HealthCheck check : checks) {
            try {
                HealthCheckResponse response = check.call();
                up.merge(response.getName(), response.getStatus() == HealthCheckResponse.Status.UP,
                        Boolean::logicalAnd);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A readiness check failed: " + check.getClass().getName(), e);
            }
        }
        return new HealthReport(up.getOrDefault(DATABASE, false), up.getOrDefault(IDENTITY_PROVIDER, false));
    }
}
