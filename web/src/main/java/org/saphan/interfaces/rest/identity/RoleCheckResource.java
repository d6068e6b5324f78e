package org.saphan.interfaces.rest.identity;

import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.saphan.application.IdentityService;
import org.saphan.application.IdentityService.RoleCheck;

/**
 * {@code GET /api/role-checks/{role}}: one endpoint per role that only that role may call, a standing proof that
 * role checks hold at the service boundary (monitoring can call it with a token per role).
 */
@Path("/role-checks")
@Produces(MediaType.APPLICATION_JSON)
public class RoleCheckResource {

    @Inject
    IdentityService identity;

    @GET
    @Path("/{role}")
    @Audited(value = AuditAction.ROLE_CHECK, object = "role", idParameter = "role")
    public RoleCheck check(
            @PathParam("role") @Pattern(regexp = "requester|interpreter|coordinator", message = "role must be one of requester, interpreter, coordinator") String role) {
        return switch (role) {
            case "requester" -> identity.requesterCheck();
            case "interpreter" -> identity.interpreterCheck();
            default -> identity.coordinatorCheck();
        };
    }
}
