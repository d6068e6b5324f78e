package org.saphan.interfaces.rest.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds error responses in the one shape, as JSON, never cached. */
public final class Errors {

    private Errors() {
    }

    public static Response response(int status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(error)
                .build();
    }
}
