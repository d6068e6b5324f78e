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
import java.util.logging.Logger;
import org.saphan.application.GatewayAccessService;
import org.saphan.application.RefusalLog;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.interfaces.rest.audit.Audited;
import org.saphan.interfaces.rest.error.ApiError;
import org.saphan.interfaces.rest.error.Errors;

/**
 * {@code POST /api/guest-tickets}: a victim's device, with no account, trades the join code the officer gave it for
 * a ticket to that one room. Open to anyone, so guesses are limited per address.
 */
@Path("/guest-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuestTicketResource {

    private static final Logger ACCESS = Logger.getLogger("org.saphan.access");

    @Inject
    GatewayAccessService access;

    @Inject
    GuessLimiter limiter;

    @Inject
    RefusalLog refusals;

    @Context
    HttpServletRequest request;

    @POST
    @Audited(value = AuditAction.GUEST_CODE_REDEEM, object = "booking")
    public Response redeem(CodeInput body) {
        String address = request.getRemoteAddr();
        if (!limiter.tryAcquire(address)) {
            ACCESS.info(() -> "Refused a join code with 429: too many tries from one address");
            refusals.refused(AuditAction.GUEST_CODE_REDEEM, "booking", null, Outcome.DENIED, 429, "too-many-tries");
            return Errors.response(429, ApiError.of("too-many-tries",
                    "Too many join codes tried from here; wait a few minutes and ask the officer for a new code."));
        }
        return Response.ok(access.redeemGuestCode(body == null ? null : body.code())).build();
    }

    public record CodeInput(String code) {
    }
}
