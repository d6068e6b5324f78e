package org.saphan.interfaces.rest.json;

import java.util.Optional;

/** A request body that is not JSON, or holds a value of the wrong JSON type: answered 400, naming the field. */
public class InputTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InputTypeException(String field, String message) {
        super(message, null, false, false); // a refusal, not a fault: no stack trace is taken
        this.field = field;
    }

    /** The field at fault, such as {@code interpreterGender.required}; empty when the whole body is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
