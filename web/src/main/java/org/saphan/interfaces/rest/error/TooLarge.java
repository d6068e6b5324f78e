package org.saphan.interfaces.rest.error;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.saphan.application.RefusalLog;

/**
 * A request body over the API's limit: refused before it is read when its length is declared
 * ({@code BodySizeFilter}), or stopped while it is read ({@link BodyTooLargeException}, or Undertow's
 * {@code RequestTooBigException} past the server's outer {@code max-post-size}), which reaches the API wrapped in
 * whatever was reading. It is the caller's doing: 413 in the error shape, not a 400 or a 500.
 */
public final class TooLarge {

    /** Bodies of the API are small JSON; anything bigger is refused before it is read. */
    public static final long MAX_BODY_BYTES = 256 * 1024;

    private TooLarge() {
    }

    /** Thrown while a body is read, once it has passed {@link #MAX_BODY_BYTES}. */
    public static final class BodyTooLargeException extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        public BodyTooLargeException() {
            super("request body over " + MAX_BODY_BYTES + " bytes");
        }
    }

    static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException
                    || t.getClass().getName().equals("io.undertow.server.RequestTooBigException")) {
                return true;
            }
        }
        return false;
    }

    public static ApiError error() {
        return ApiError.of("too-large", "The request body is larger than Saphan accepts (" + MAX_BODY_BYTES / 1024
                + " KiB).");
    }

    static Response response(RefusalLog refusals, ResourceInfo resource, UriInfo uri) {
        Refusals.record(refusals, resource, uri, Refusals.outcomeOf(413), 413, "too-large");
        return Errors.response(413, error());
    }
}
