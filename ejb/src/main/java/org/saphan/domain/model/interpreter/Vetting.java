package org.saphan.domain.model.interpreter;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the programme checked before letting an interpreter near a case: a background check valid until a date, a
 * signed confidentiality agreement, and the trainings done. Vetting is valid on a date when the check still holds
 * then and the agreement is signed; trainings are recorded for coordinators, not required by matching.
 */
public record Vetting(LocalDate backgroundCheckValidUntil, ConfidentialityAgreement confidentialityAgreement,
        Set<Training> trainings) {

    public Vetting {
        trainings = trainings == null || trainings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(trainings));
    }

    /** Nothing checked yet: never valid. */
    public static Vetting none() {
        return new Vetting(null, null, Set.of());
    }

    public boolean validOn(LocalDate date) {
        return validUntil().map(until -> !date.isAfter(until)).orElse(false);
    }

    /** The last day the vetting is valid, or empty when it never is (no check or no agreement). */
    public Optional<LocalDate> validUntil() {
        if (backgroundCheckValidUntil == null || confidentialityAgreement == null) {
            return Optional.empty();
        }
        return Optional.of(backgroundCheckValidUntil);
    }
}
