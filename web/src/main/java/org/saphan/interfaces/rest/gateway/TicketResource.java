package org.saphan.interfaces.rest.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.saphan.application.TicketService;
import org.saphan.application.gateway.Ticket;
import org.saphan.application.gateway.TicketRequest;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * {@code POST /api/gateway-tickets}: a ticket to open one socket, so that the token never travels on it. The socket
 * stays open no longer than the token it was issued under.
 */
@Path("/gateway-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    TicketService tickets;

    @Context
    HttpServletRequest request;

    @POST
    @Audited(value = AuditAction.GATEWAY_TICKET, object = "socket")
    public Response issue(TicketRequest body) {
        TicketRequest in = body == null ? new TicketRequest(null, null) : body;
        Ticket ticket = tickets.issue(in, tokenExpiry());
        return Response.status(Response.Status.CREATED).entity(ticket).build();
    }

    private Instant tokenExpiry() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> p && p.getOidcSecurityContext() != null
                && p.getOidcSecurityContext().getToken().getExpiration() != null) {
            return Instant.ofEpochSecond(p.getOidcSecurityContext().getToken().getExpiration());
        }
        return null;
    }
}
