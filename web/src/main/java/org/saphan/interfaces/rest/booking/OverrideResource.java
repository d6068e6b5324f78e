package org.saphan.interfaces.rest.booking;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.saphan.application.OverrideReviewService;
import org.saphan.application.booking.OverrideView;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.shared.ValidationException;
import org.saphan.interfaces.rest.audit.Audited;

/** Coordinators: hand assignments that set a matching rule aside, and their review by a second coordinator. */
@Path("/overrides")
@Produces(MediaType.APPLICATION_JSON)
public class OverrideResource {

    @Inject
    OverrideReviewService overrides;

    /** {@code ?pending=false} lists reviewed ones too; by default only those waiting for review. */
    @GET
    @Audited(value = AuditAction.OVERRIDE_LIST, object = "booking")
    public List<OverrideView> list(@QueryParam("pending") String pending) {
        boolean onlyPending;
        if (pending == null || pending.isBlank() || pending.equals("true")) {
            onlyPending = true;
        } else if (pending.equals("false")) {
            onlyPending = false;
        } else {
            throw new ValidationException("pending", "'pending' is true or false.");
        }
        return overrides.list(onlyPending);
    }

    @POST
    @Path("/{reference}/review")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Audited(value = AuditAction.OVERRIDE_REVIEW, object = "booking", idParameter = "reference")
    public OverrideView review(@PathParam("reference") String reference, NoteInput body) {
        return overrides.review(reference, body == null ? null : body.note());
    }

    public record NoteInput(String note) {
    }
}
