package org.saphan.interfaces.rest.booking;

import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.saphan.application.BookingService;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    BookingService bookings;

    /** Never assign this interpreter to this case: the person refused it, or it recused itself. */
    @POST
    @Path("/{caseCode}/exclusions")
    @Audited(value = AuditAction.CASE_EXCLUDE, object = "case", idParameter = "caseCode")
    public Response exclude(@PathParam("caseCode") String caseCode, ExclusionInput body) {
        ExclusionInput in = body == null ? new ExclusionInput(null, null, null) : body;
        return Response.status(Response.Status.CREATED)
                .entity(bookings.exclude(caseCode, in.interpreterId(), in.reason(), in.agency()))
                .build();
    }

    /** {@code agency}: for a coordinator, whose case it is, when several agencies use the code. */
    public record ExclusionInput(Long interpreterId, String reason, String agency) {
    }
}
