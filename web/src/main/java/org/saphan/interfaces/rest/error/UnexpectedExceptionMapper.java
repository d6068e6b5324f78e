package org.saphan.interfaces.rest.error;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.saphan.application.RefusalLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper explains. A container-wrapped exception is unwrapped and handed to the mapper of its
 * cause; what is left is a 500 with an incident id, the details only in the server log, never in the response.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Context
    Providers providers;

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Inject
    RefusalLog refusals;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable e) {
        if (e instanceof EJBException && e.getCause() != null && e.getCause() != e) {
            Throwable cause = e.getCause();
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null && mapper != this) {
                return mapper.toResponse(cause);
            }
        }
        String incident = UUID.randomUUID().toString();
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(500), 500, "internal");
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.getMethod() + " "
                + Refusals.safePath(request.getRequestURI()), e);
        return Errors.response(500, ApiError.of("internal",
                "Something went wrong on Saphan's side. It has been logged as incident " + incident + "."));
    }
}
