package org.saphan.interfaces.rest.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.saphan.application.ReportService;
import org.saphan.application.report.CoverageView;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;

/** {@code /api/reports}: for coordinators only (the service checks the role). */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService reports;

    /** {@code from} and {@code to}: dates in Thailand ({@code to} inclusive) or UTC instants; the last 30 days by default. */
    @GET
    @Path("/coverage")
    @Audited(value = AuditAction.REPORT_COVERAGE, object = "report")
    public CoverageView coverage(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.coverage(from, to);
    }
}
