package org.saphan.interfaces.rest.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.saphan.application.IdentityService;
import org.saphan.application.IdentityService.RoleCheck;

/**
 * One endpoint per role that only that role may call: a standing proof that role checks hold at the service
 * boundary. Monitoring can call them with a token per role.
 */
@Path("/role-checks")
@Produces(MediaType.APPLICATION_JSON)
public class RoleCheckResource {

    @Inject
    IdentityService identity;

    @GET
    @Path("/requester")
    public RoleCheck requester() {
        return identity.requesterCheck();
    }

    @GET
    @Path("/interpreter")
    public RoleCheck interpreter() {
        return identity.interpreterCheck();
    }

    @GET
    @Path("/coordinator")
    public RoleCheck coordinator() {
        return identity.coordinatorCheck();
    }
}
