package org.saphan.interfaces.rest.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.saphan.application.AuditService;
import org.saphan.application.audit.AuditEntryView;
import org.saphan.application.audit.AuditPage;
import org.saphan.application.audit.AuditSearch;
import org.saphan.application.audit.FullWalkView;
import org.saphan.application.audit.VerifyReport;
import org.saphan.domain.model.audit.AuditAction;

/** {@code /api/audit}: the confidentiality log, for coordinators only (the service checks the role). */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    /** Entries, newest first; {@code page} counts from 0, {@code size} 1 to 500 (50 by default). */
    @GET
    @Audited(value = AuditAction.AUDIT_SEARCH, object = "audit")
    public AuditPage search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("object") String object, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return audit.search(new AuditSearch(actor, action, object, from, to, page, size));
    }

    /**
     * The chain from the last signed checkpoint to the head: {@code {"entries","valid","firstInvalid","problem",
     * "checkpoints","millis","fromCheckpoint","fullWalk"}}.
     */
    @GET
    @Path("/verify")
    @Audited(value = AuditAction.AUDIT_VERIFY, object = "audit")
    public VerifyReport verify() {
        return audit.verify();
    }

    /** Starts the walk over the whole chain in the background: 202 with the walk, 409 while one runs. */
    @POST
    @Path("/verify/full-walk")
    @Audited(value = AuditAction.AUDIT_FULL_WALK, object = "audit")
    public Response startFullWalk() {
        FullWalkView walk = audit.startFullWalk();
        return Response.accepted(walk).build();
    }

    /** The entries of the range, oldest first, as CSV that a spreadsheet opens without running anything in it. */
    @GET
    @Path("/export")
    @Produces("text/csv")
    @Audited(value = AuditAction.AUDIT_EXPORT, object = "audit")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<AuditEntryView> entries = audit.export(from, to);
        StringBuilder csv = new StringBuilder(256 + entries.size() * 300);
        Csv.row(csv, "sequence", "occurredAt", "actorSubject", "actorUsername", "actorRole", "actorAgency", "action",
                "objectType", "objectId", "objects", "outcome", "reason", "requestId", "previousHash", "hash");
        for (AuditEntryView e : entries) {
            Csv.row(csv, Long.toString(e.sequence()), e.occurredAt(), e.actorSubject(), e.actorUsername(),
                    e.actorRole(), e.actorAgency(), e.action(), e.objectType(), e.objectId(),
                    String.join(" ", e.objects()), e.outcome(), e.reason(), e.requestId(), e.previousHash(),
                    e.hash());
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"saphan-audit.csv\"")
                .build();
    }
}
