package org.saphan.interfaces.rest.system;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.saphan.application.HealthService;
import org.saphan.application.HealthService.HealthReport;

/** {@code GET /api/health}: open to anyone, says only UP or DOWN and which dependency is down. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    public Response health() {
        HealthReport report = health.check();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(HealthView.of(report))
                .build();
    }
}
