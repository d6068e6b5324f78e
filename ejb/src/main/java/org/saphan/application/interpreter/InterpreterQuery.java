package org.saphan.application.interpreter;

import org.saphan.domain.model.interpreter.InterpreterFilter;
import org.saphan.domain.model.interpreter.InterpreterStatus;
import org.saphan.domain.model.shared.LanguageCode;

/** The options of the coordinator's list, as typed in the query: {@code language} (ISO 639-3) and {@code status}. */
public record InterpreterQuery(String language, String status) {

    public InterpreterFilter toFilter() {
        InterpreterFilter filter = InterpreterFilter.all();
        if (language != null && !language.isBlank()) {
            filter = filter.speaking(LanguageCode.of(language, "language"));
        }
        if (status != null && !status.isBlank()) {
            filter = filter.withStatus(Inputs.enumValue(InterpreterStatus.class, status, "status", "status"));
        }
        return filter;
    }

    public static InterpreterQuery all() {
        return new InterpreterQuery(null, null);
    }
}
