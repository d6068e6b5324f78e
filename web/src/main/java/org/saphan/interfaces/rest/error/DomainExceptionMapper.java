package org.saphan.interfaces.rest.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.saphan.application.RefusalLog;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.saphan.domain.model.shared.DomainException;

/**
 * Refusals by the domain: invalid input 400, a rule of the domain 422, a conflict with the current state 409, no
 * such thing (or not the caller's to know about) 404. The message is already worded for a person.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Logger ACCESS = Logger.getLogger("org.saphan.access");

    @Context
    HttpServletRequest request;

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Inject
    RefusalLog refusals;

    @Override
    public Response toResponse(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case RULE_VIOLATION -> 422;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
        };
        if (status == 404) {
            // someone else's object answers 404 too: a refusal of access, so it is logged
            ACCESS.info(() -> "Refused " + request.getMethod() + " " + Refusals.safePath(request.getRequestURI())
                    + " with 404 for "
                    + (request.getUserPrincipal() == null
                            ? "an anonymous caller"
                            : "subject " + request.getUserPrincipal().getName()));
        }
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(status), status, e.code());
        Response response = Errors.response(status, new ApiError(e.code(), e.getMessage(), e.field().orElse(null)));
        if ("in-flight".equals(e.code())) {
            // the same request is being handled right now: asking again in a moment gets its answer
            return Response.fromResponse(response).header("Retry-After", "1").build();
        }
        return response;
    }
}
