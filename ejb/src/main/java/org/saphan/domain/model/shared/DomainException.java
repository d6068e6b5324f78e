package org.saphan.domain.model.shared;

import jakarta.ejb.ApplicationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal by the domain, worded for the person who asked. The {@link Kind} tells the interface layer which answer
 * to give (400, 422, 409 or 404) without the domain knowing about HTTP; the code is a short, stable name for clients.
 * Rolls the transaction back, so nothing half-done is stored.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What sort of refusal this is. */
    public enum Kind {
        /** The input is malformed or incomplete (answered with 400). */
        INVALID,
        /** The input is well formed but a rule of the domain refuses it (422). */
        RULE_VIOLATION,
        /** The thing is in a state, or taken, so that the request cannot happen now (409). */
        CONFLICT,
        /** No such thing, or not the caller's to know about (404). */
        NOT_FOUND
    }

    private final Kind kind;
    private final String code;
    private final String field;

    protected DomainException(Kind kind, String code, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** A short, stable, machine-readable name, such as {@code invalid} or {@code wrong-state}. */
    public String code() {
        return code;
    }

    /** The input field at fault, when one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
