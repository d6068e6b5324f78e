package org.saphan.interfaces.rest.error;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.saphan.application.RefusalLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** A role check at the service boundary refused the caller: 403, or 401 when nobody is signed in. Logged. */
@Provider
public class AccessRefusalMapper implements ExceptionMapper<EJBAccessException> {

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
    public Response toResponse(EJBAccessException e) {
        boolean signedIn = request.getUserPrincipal() != null;
        int status = signedIn ? 403 : 401;
        LOG.info(() -> "Refused " + request.getMethod() + " " + Refusals.safePath(request.getRequestURI()) + " with "
                + status
                + " for " + (signedIn ? "subject " + request.getUserPrincipal().getName() : "an anonymous caller")
                + ": role check at the service boundary");
        ApiError error = ApiError.forStatus(status);
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(status), status, error.error());
        return Errors.response(status, error);
    }
}
