package org.saphan.application.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.saphan.domain.service.RankingReason;

/** Why each interpreter of the pool would or would not get a booking: ranked with reasons, or excluded by a rule. */
@JsonbPropertyOrder({"reference", "ranked", "excluded"})
public record CandidatesView(String reference, List<Ranked> ranked, List<Excluded> excluded) {

    /**
     * {@code reasons} say the score's parts in English; {@code explained} gives the same parts as data (a code, its
     * numbers, its points), so that a page can say them in its own language.
     */
    @JsonbPropertyOrder({"interpreterId", "score", "reasons", "explained"})
    public record Ranked(long interpreterId, int score, List<String> reasons, List<RankingReason> explained) {
    }

    /** {@code rule} is the hard rule's name; {@code explanation} says it in words. */
    @JsonbPropertyOrder({"interpreterId", "rule", "explanation"})
    public record Excluded(long interpreterId, String rule, String explanation) {
    }
}
