package org.saphan.interfaces.rest.error;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The one error shape of the API: a code for programs, a message for people, the field when one is at fault. */
@JsonbPropertyOrder({"error", "message", "field"})
public record ApiError(String error, String message, @JsonbNillable(false) String field) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }

    /** A standard code and message for a status the API itself did not explain. */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> of("bad_request", "The request is not valid.");
            case 401 -> of("unauthorized", "Sign in first: this needs a valid access token.");
            case 403 -> of("forbidden", "Your role does not allow this.");
            case 404 -> of("not_found", "There is no such thing here.");
            case 405 -> of("method_not_allowed", "This address does not accept that method.");
            case 406 -> of("not_acceptable", "This address answers in JSON only.");
            case 409 -> of("conflict", "This conflicts with the current state; reload and try again.");
            case 413 -> of("too_large", "The request is too large.");
            case 415 -> of("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
            case 422 -> of("rule_violation", "A rule of Saphan refuses this.");
            case 503 -> of("unavailable", "A service Saphan depends on does not answer; try again shortly.");
            default -> status >= 500
                    ? of("internal", "Something went wrong on Saphan's side. It has been logged.")
                    : of("error", "The request could not be handled.");
        };
    }
}
