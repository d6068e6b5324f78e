package org.saphan.domain.service;

import java.util.List;
import org.saphan.domain.model.interpreter.InterpreterId;

/** A candidate that passed every hard rule, with its score and why. */
public record RankedCandidate(InterpreterId interpreterId, int score, List<String> reasons) {

    public RankedCandidate {
        reasons = List.copyOf(reasons);
    }
}
