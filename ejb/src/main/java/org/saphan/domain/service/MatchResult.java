package org.saphan.domain.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * The outcome of matching one booking against a pool: the best candidates in rank order, and every excluded one with
 * the first hard rule it broke. The lists are made when first asked for, so that a caller who only needs the next
 * wave's ids pays for nothing else.
 */
public final class MatchResult {

    private final MatchNeeds needs;
    private final List<CandidateSnapshot> candidates;
    private final int[] rankedIndex;
    private final int[] rankedScore;
    private final int qualified;
    private final byte[] rules;
    private final int excludedCount;
    private final int[] ruleCounts;
    private List<RankedCandidate> ranked;
    private List<ExcludedCandidate> excluded;

    MatchResult(MatchNeeds needs, List<CandidateSnapshot> candidates, int[] rankedIndex, int[] rankedScore,
            int qualified, byte[] rules, int excludedCount, int[] ruleCounts) {
        this.needs = needs;
        this.candidates = candidates;
        this.rankedIndex = rankedIndex;
        this.rankedScore = rankedScore;
        this.qualified = qualified;
        this.rules = rules;
        this.excludedCount = excludedCount;
        this.ruleCounts = ruleCounts;
    }

    /** The best candidates, highest score first, up to the limit asked for, with reasons. */
    public List<RankedCandidate> ranked() {
        if (ranked == null) {
            List<RankedCandidate> list = new ArrayList<>(rankedIndex.length);
            for (int r = 0; r < rankedIndex.length; r++) {
                CandidateSnapshot c = candidates.get(rankedIndex[r]);
                list.add(new RankedCandidate(c.id, rankedScore[r], Ranking.reasons(needs, c)));
            }
            ranked = Collections.unmodifiableList(list);
        }
        return ranked;
    }

    /** The ids of {@link #ranked()}, in order, without making reasons. */
    public List<InterpreterId> rankedIds() {
        List<InterpreterId> ids = new ArrayList<>(rankedIndex.length);
        for (int index : rankedIndex) {
            ids.add(candidates.get(index).id);
        }
        return ids;
    }

    /** Every excluded candidate, in the order given, with the first rule it broke. */
    public List<ExcludedCandidate> excluded() {
        if (excluded == null) {
            HardRule[] all = HardRule.values();
            List<ExcludedCandidate> list = new ArrayList<>(excludedCount);
            // with columns, the ids come from their dense array: the snapshots of the excluded are not touched again
            InterpreterId[] ids = candidates instanceof SnapshotList pool ? pool.columns.ids : null;
            for (int i = 0; i < rules.length; i++) {
                if (rules[i] != InterpreterMatcher.PASSED) {
                    list.add(new ExcludedCandidate(ids != null ? ids[i] : candidates.get(i).id, all[rules[i]]));
                }
            }
            excluded = Collections.unmodifiableList(list);
        }
        return excluded;
    }

    /** How many passed every hard rule; may be more than were ranked. */
    public int qualifiedCount() {
        return qualified;
    }

    public int excludedCount() {
        return excludedCount;
    }

    /** How many candidates each rule excluded first; for coverage reports and "why unfilled". */
    public Map<HardRule, Integer> exclusionsByRule() {
        Map<HardRule, Integer> counts = new EnumMap<>(HardRule.class);
        for (HardRule rule : HardRule.values()) {
            if (ruleCounts[rule.ordinal()] > 0) {
                counts.put(rule, ruleCounts[rule.ordinal()]);
            }
        }
        return counts;
    }
}
