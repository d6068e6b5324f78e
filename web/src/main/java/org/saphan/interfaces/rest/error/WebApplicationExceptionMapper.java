package org.saphan.interfaces.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.saphan.application.RefusalLog;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JAX-RS's own refusals (no such path, wrong method, unreadable body) in the API's error shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** How RESTEasy names a query parameter it could not convert. */
    private static final Pattern QUERY_PARAM = Pattern.compile("QueryParam\\(\"(\\w{1,40})\"\\)");

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Inject
    RefusalLog refusals;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (TooLarge.isTooLarge(e)) {
            return TooLarge.response(refusals, resource, uri);
        }
        int status = e.getResponse().getStatus();
        ApiError error = ApiError.forStatus(status);
        Matcher param = e instanceof NotFoundException && e.getMessage() != null
                ? QUERY_PARAM.matcher(e.getMessage())
                : null;
        if (param != null && param.find()) {
            // JAX-RS answers a query value it cannot convert (page=abc) with 404; it is the caller's input: 400,
            // naming the parameter and never repeating the value
            status = 400;
            error = new ApiError("invalid", "'" + param.group(1) + "' must be a whole number.", param.group(1));
        } else if (e instanceof NotFoundException) {
            error = ApiError.of("not-found", "There is no such address in the API.");
        } else if (status == 400) {
            // the usual cause: a body that is not JSON, or JSON of the wrong shape for this endpoint
            error = ApiError.of("bad-request", "The request body is not valid JSON of the expected shape.");
        }
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(status), status, error.error());
        return Errors.response(status, error);
    }
}
