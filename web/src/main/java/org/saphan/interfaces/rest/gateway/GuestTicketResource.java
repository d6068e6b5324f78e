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
import org.saphan.application.GuestCodeService;
import org.saphan.application.RefusalLog;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.ValidationException;
import org.saphan.interfaces.rest.audit.Audited;
import org.saphan.interfaces.rest.error.ApiError;
import org.saphan.interfaces.rest.error.Errors;

/**
 * {@code POST /api/guest-tickets}: a victim's device, with no account, trades the join code the officer gave it for
 * a ticket to that one room. Open to anyone, so wrong codes are limited per address. The answer also carries a rejoin
 * credential: the same device trades it here ({@code {"rejoin":"..."}}) for a new ticket whenever its socket dropped,
 * as the same participant, while the room is open. A rejoin is not a guess (the credential is 256 random bits), so it
 * does not count against the address's tries: a guest whose phone switched apps is back at once.
 */
@Path("/guest-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuestTicketResource {

    private static final Logger ACCESS = Logger.getLogger("org.saphan.access");

    @Inject
    GuestCodeService guestCodes;

    @Inject
    GuessLimiter limiter;

    @Inject
    RefusalLog refusals;

    @Context
    HttpServletRequest request;

    @POST
    @Audited(value = AuditAction.GUEST_CODE_REDEEM, object = "booking")
    public Response redeem(CodeInput body) {
        if (body != null && body.rejoin() != null) {
            return Response.ok(guestCodes.rejoin(body.rejoin())).build();
        }
        String address = request.getRemoteAddr();
        if (!limiter.allowed(address)) {
            ACCESS.info(() -> "Refused a join code with 429: too many tries from one address");
            refusals.refused(AuditAction.GUEST_CODE_REDEEM, "booking", null, Outcome.DENIED, 429, "too-many-tries");
            return Errors.response(429, ApiError.of("too-many-tries",
                    "Too many join codes tried from here; wait a few minutes and ask the officer for a new code."));
        }
        try {
            return Response.ok(guestCodes.redeem(body == null ? null : body.code())).build();
        } catch (NotFoundException | ValidationException e) {
            limiter.failed(address);
            throw e;
        }
    }

    /** Either the join code (first admission) or the rejoin credential (coming back). */
    public record CodeInput(String code, String rejoin) {
    }
}
