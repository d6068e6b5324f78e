package org.saphan.application.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Why each interpreter of the pool would or would not get a booking: ranked with reasons, or excluded by a rule. */
@JsonbPropertyOrder({"reference", "ranked", "excluded"})
public record CandidatesView(String reference, List<Ranked> ranked, List<Excluded> excluded) {

    @JsonbPropertyOrder({"interpreterId", "score", "reasons"})
    public record Ranked(long interpreterId, int score, List<String> reasons) {
    }

    /** {@code rule} is the hard rule's name; {@code explanation} says it in words. */
    @JsonbPropertyOrder({"interpreterId", "rule", "explanation"})
    public record Excluded(long interpreterId, String rule, String explanation) {
    }
}
