package org.saphan.interfaces.rest.identity;

import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;
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
    @Audited(value = AuditAction.IDENTITY_READ, object = "identity")
    public Me me() {
        return identity.me();
    }
}
