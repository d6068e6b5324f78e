package org.saphan.domain.service;

import java.util.List;
import org.saphan.domain.model.interpreter.InterpreterId;

/** A candidate that passed every hard rule, with its score and why: as data and in English. */
public record RankedCandidate(InterpreterId interpreterId, int score, List<RankingReason> explained) {

    public RankedCandidate {
        explained = List.copyOf(explained);
    }

    /** The reasons in English, one line per factor, as the candidates answer has always given them. */
    public List<String> reasons() {
        return explained.stream().map(RankingReason::text).toList();
    }
}
