package org.saphan.domain.model.interpreter;

import java.util.Optional;
import org.saphan.domain.model.shared.LanguageCode;

/** Which interpreters a coordinator lists: either criterion may be left open. */
public record InterpreterFilter(Optional<LanguageCode> language, Optional<InterpreterStatus> status) {

    public InterpreterFilter {
        language = language == null ? Optional.empty() : language;
        status = status == null ? Optional.empty() : status;
    }

    public static InterpreterFilter all() {
        return new InterpreterFilter(Optional.empty(), Optional.empty());
    }

    public InterpreterFilter speaking(LanguageCode code) {
        return new InterpreterFilter(Optional.of(code), status);
    }

    public InterpreterFilter withStatus(InterpreterStatus wanted) {
        return new InterpreterFilter(language, Optional.of(wanted));
    }
}
