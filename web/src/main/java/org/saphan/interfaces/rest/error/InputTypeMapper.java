package org.saphan.interfaces.rest.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.saphan.application.RefusalLog;
import org.saphan.interfaces.rest.json.InputTypeException;

/** A body that is not JSON (400 {@code bad-request}), or a value of the wrong JSON type (400 {@code invalid}). */
@Provider
public class InputTypeMapper implements ExceptionMapper<InputTypeException> {

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Inject
    RefusalLog refusals;

    @Override
    public Response toResponse(InputTypeException e) {
        String code = e.field().isPresent() ? "invalid" : "bad-request";
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(400), 400, code);
        return Errors.response(400, new ApiError(code, e.getMessage(), e.field().orElse(null)));
    }
}
