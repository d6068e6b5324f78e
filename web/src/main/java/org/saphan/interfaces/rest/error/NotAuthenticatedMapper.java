package org.saphan.interfaces.rest.error;

import jakarta.servlet.http.HttpServletRequest;
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

    @Override
    public Response toResponse(NotAuthenticatedException e) {
        LOG.info(() -> "Refused " + request.getMethod() + " " + request.getRequestURI()
                + " with 401: no signed-in caller");
        return Errors.response(401, ApiError.of("unauthorized", e.getMessage()));
    }
}
