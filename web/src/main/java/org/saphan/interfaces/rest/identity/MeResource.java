package org.saphan.interfaces.rest.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.saphan.application.IdentityService;
import org.saphan.application.IdentityService.Me;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    IdentityService identity;

    @GET
    public Me me() {
        return identity.me();
    }
}
