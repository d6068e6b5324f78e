package org.saphan.interfaces.web;

import jakarta.json.Json;
import org.saphan.interfaces.rest.error.ApiError;

/**
 * The one answer while Keycloak does not answer and a token therefore cannot be checked: 503 with this error, the
 * same whether the guard filter saw it first or the container's token check failed (the error page).
 */
final class IdentityProviderDown {

    static final int STATUS = 503;
    /** Seconds to wait before trying again: a few times the probe's cache, so a recovery is seen. */
    static final String RETRY_AFTER = "10";
    static final ApiError ERROR = ApiError.of("identity-provider-unavailable",
            "The sign-in service does not answer, so your token cannot be checked. Try again shortly.");
    /** The error as JSON, for the filter that answers before anything else runs. */
    static final String JSON = Json.createObjectBuilder().add("error", ERROR.error())
            .add("message", ERROR.message()).build().toString();

    private IdentityProviderDown() {
    }
}
