package org.saphan.interfaces.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.saphan.application.RefusalLog;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that JSON-B cannot read (not JSON, cut short, a text where a number belongs): 400. The parser's own words
 * are not repeated, as they can quote what was sent.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Inject
    RefusalLog refusals;

    @Override
    public Response toResponse(ProcessingException e) {
        if (TooLarge.isTooLarge(e)) {
            return TooLarge.response(refusals, resource, uri);
        }
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(400), 400, "bad-request");
        return Errors.response(400, ApiError.of("bad-request",
                "The request body is not valid JSON of the expected shape for this address."));
    }
}
