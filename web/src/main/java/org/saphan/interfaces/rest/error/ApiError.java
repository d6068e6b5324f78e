package org.saphan.interfaces.rest.error;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The one error shape of the API: a code for programs, a message for people, the field when one is at fault. Codes
 * are lower-case words joined by '-' ({@link #CODE}), one spelling each, here and in the gateway's refusals.
 */
@JsonbPropertyOrder({"error", "message", "field"})
public record ApiError(String error, String message, @JsonbNillable(false) String field) {

    /** How every error code is spelled. */
    public static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z]+(-[a-z]+)*");

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }

    /** A standard code and message for a status the API itself did not explain. */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> of("bad-request", "The request is not valid.");
            case 401 -> of("unauthorized", "Sign in first: this needs a valid access token.");
            case 403 -> of("forbidden", "Your role does not allow this.");
            case 404 -> of("not-found", "There is no such thing here.");
            case 405 -> of("method-not-allowed", "This address does not accept that method.");
            case 406 -> of("not-acceptable", "This address answers in JSON only.");
            case 409 -> of("conflict", "This conflicts with the current state; reload and try again.");
            case 413 -> of("too-large", "The request is too large.");
            case 415 -> of("unsupported-media-type", "Send the request body as JSON (Content-Type: application/json).");
            case 422 -> of("rule-violation", "A rule of Saphan refuses this.");
            case 503 -> of("unavailable", "A service Saphan depends on does not answer; try again shortly.");
            default -> status >= 500
                    ? of("internal", "Something went wrong on Saphan's side. It has been logged.")
                    : of("error", "The request could not be handled.");
        };
    }
}
