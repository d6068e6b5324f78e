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
import org.saphan.application.security.NotAuthenticatedException;

/** A use case needed a signed-in caller and had none: 401, logged. */
@Provider
public class NotAuthenticatedMapper implements ExceptionMapper<NotAuthenticatedException> {

    private static final Logger LOG = Logger.getLogger("org.saphan.access");

    @Context
    HttpServletRequest request;

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Inject
    RefusalLog refusals;

    @Override
    public Response toResponse(NotAuthenticatedException e) {
        LOG.info(() -> "Refused " + request.getMethod() + " " + Refusals.safePath(request.getRequestURI())
                + " with 401: no signed-in caller");
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(401), 401, "unauthorized");
        return Errors.response(401, ApiError.of("unauthorized", e.getMessage()));
    }
}
