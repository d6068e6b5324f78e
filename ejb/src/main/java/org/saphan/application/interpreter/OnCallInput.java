package org.saphan.application.interpreter;

import org.saphan.domain.model.shared.ValidationException;

/** {@code {"onCall":true}}: the interpreter's own switch for immediate requests. */
public record OnCallInput(Boolean onCall) {

    /** @throws ValidationException when the switch is not said, rather than guessing off */
    public boolean toOnCall() {
        if (onCall == null) {
            throw new ValidationException("onCall", "Say whether you are on call: onCall true or false.");
        }
        return onCall;
    }
}
