package org.saphan.domain.model.interpreter;

import java.time.LocalDate;
import org.saphan.domain.model.shared.ValidationException;

/** The confidentiality agreement an interpreter signed: on which date, and which version of the text. */
public record ConfidentialityAgreement(LocalDate signedOn, String version) {

    public static final int MAX_VERSION = 32;

    public ConfidentialityAgreement {
        String field = "vetting.confidentialityAgreement";
        ValidationException.requirePresent(signedOn, field, "The date the confidentiality agreement was signed is "
                + "missing.");
        version = ValidationException.requireText(version, field,
                "The version of the confidentiality agreement is missing.");
        ValidationException.requireAtMost(version, MAX_VERSION, field, "The agreement's version");
    }
}
