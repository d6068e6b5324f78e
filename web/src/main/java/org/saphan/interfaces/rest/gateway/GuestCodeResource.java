package org.saphan.interfaces.rest.gateway;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.saphan.application.GuestCodeService;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;

/** {@code POST /api/bookings/{reference}/guest-codes}: a one-time join code for the victim's device. */
@Path("/bookings/{reference}/guest-codes")
@Produces(MediaType.APPLICATION_JSON)
public class GuestCodeResource {

    @Inject
    GuestCodeService guestCodes;

    @POST
    @Audited(value = AuditAction.GUEST_CODE_ISSUE, object = "booking", idParameter = "reference")
    public Response issue(@PathParam("reference") String reference) {
        return Response.status(Response.Status.CREATED).entity(guestCodes.issue(reference)).build();
    }
}
