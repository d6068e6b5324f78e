package org.saphan.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.saphan.application.HealthService;
import org.saphan.infrastructure.config.IdentityProviderProbe;

/** Keycloak's realm answers its discovery document (the probe keeps its answer for seconds). */
@Readiness
@ApplicationScoped
public class IdentityProviderCheck implements HealthCheck {

    @Inject
    IdentityProviderProbe probe;

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(HealthService.IDENTITY_PROVIDER, probe.answers()
                ? HealthCheckResponse.Status.UP
                : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
