package org.saphan.interfaces.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.saphan.application.RefusalLog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;

/** Bean Validation refusals: 400 with the message written for people and the field at fault. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Inject
    RefusalLog refusals;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(400), 400, "invalid");
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .orElse(null);
        if (first == null) {
            return Errors.response(400, ApiError.forStatus(400));
        }
        return Errors.response(400, new ApiError("invalid", first.getMessage(), leafName(first.getPropertyPath())));
    }

    private static String leafName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
