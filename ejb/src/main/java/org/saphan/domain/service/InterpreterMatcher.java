package org.saphan.domain.service;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.RuleViolationException;

/**
 * Matches a booking against a pool of interpreters: every hard rule of the design, for every candidate, then the
 * {@link Ranking} of those left.
 * <p>
 * Built for pools of a hundred thousand: the booking's needs are worked out once ({@link MatchNeeds}), each
 * candidate costs a handful of mask tests and comparisons with no allocation, only the best {@code limit} are kept
 * (a bounded heap of primitive keys, not a full sort), and reasons and exclusion records are made only when asked
 * for. Stateless and thread-safe.
 */
public final class InterpreterMatcher {

    /** The travel buffer when configuration says nothing: an hour between two on-site jobs. */
    public static final Duration DEFAULT_TRAVEL_BUFFER = Duration.ofHours(1);

    private static final HardRule[] RULES = HardRule.values();
    /** Marks a candidate that broke no rule. */
    static final int PASSED = -1;

    private final long travelBufferMillis;

    /**
     * @param travelBuffer the time kept free between two on-site jobs of one interpreter, for travel
     */
    public InterpreterMatcher(Duration travelBuffer) {
        Objects.requireNonNull(travelBuffer, "travelBuffer");
        if (travelBuffer.isNegative()) {
            throw new IllegalArgumentException("The travel buffer cannot be negative");
        }
        this.travelBufferMillis = travelBuffer.toMillis();
    }

    public Duration travelBuffer() {
        return Duration.ofMillis(travelBufferMillis);
    }

    /**
     * Matches every candidate.
     *
     * @param candidates read again when the result's lists are asked for: do not change it meanwhile
     * @param limit how many of the best to rank (for instance, one wave of offers); all when
     *        {@link Integer#MAX_VALUE}
     */
    public MatchResult match(MatchNeeds needs, List<CandidateSnapshot> candidates, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit cannot be negative");
        }
        int n = candidates.size();
        int keep = Math.min(limit, n);
        // grows on demand: "all" of a large pool usually qualifies only a few
        long[] best = new long[Math.min(keep, 64)];
        int bestCount = 0;
        // one byte per candidate, the rule that excluded it or PASSED; nothing else is allocated per candidate
        byte[] rules = new byte[n];
        int[] ruleCounts = new int[RULES.length];
        int qualified = 0;
        // a pool with its columns: the first five rules from dense arrays, the snapshot only for those who pass them
        ProfileColumns columns = candidates instanceof SnapshotList list ? list.columns : null;
        boolean[] bare = columns != null ? ((SnapshotList) candidates).bare : null;
        for (int i = 0; i < n; i++) {
            int rule;
            CandidateSnapshot c = null;
            if (columns != null) {
                rule = columns.firstBroken(needs, i);
                if (rule == PASSED) {
                    rule = bare[i] ? columns.firstBrokenAfterProfile(needs, i) : ProfileColumns.UNDECIDED;
                    if (rule == ProfileColumns.UNDECIDED) {
                        c = candidates.get(i);
                        rule = firstBrokenAfterProfile(needs, c);
                    }
                }
            } else {
                c = candidates.get(i);
                rule = firstBroken(needs, c);
            }
            rules[i] = (byte) rule;
            if (rule != PASSED) {
                ruleCounts[rule]++;
                continue;
            }
            qualified++;
            if (keep == 0) {
                continue;
            }
            if (c == null) {
                c = candidates.get(i);
            }
            // higher score first, then earlier in the list; one long compares both
            long key = ((long) Ranking.score(needs, c) << 32) | (Integer.MAX_VALUE - i);
            if (bestCount < keep) {
                if (bestCount == best.length) {
                    best = Arrays.copyOf(best, (int) Math.min(keep, 2L * best.length));
                }
                best[bestCount] = key;
                siftUp(best, bestCount++);
            } else if (key > best[0]) {
                best[0] = key;
                siftDown(best, bestCount);
            }
        }
        Arrays.sort(best, 0, bestCount);
        int[] rankedIndex = new int[bestCount];
        int[] rankedScore = new int[bestCount];
        for (int r = 0; r < bestCount; r++) {
            long key = best[bestCount - 1 - r];
            rankedIndex[r] = Integer.MAX_VALUE - (int) (key & 0xFFFF_FFFFL);
            rankedScore[r] = (int) (key >>> 32);
        }
        return new MatchResult(needs, candidates, rankedIndex, rankedScore, qualified, rules, n - qualified,
                ruleCounts);
    }

    /** The first hard rule the candidate breaks for this booking, or empty when it passes them all. */
    public Optional<HardRule> firstBrokenRule(MatchNeeds needs, CandidateSnapshot candidate) {
        int rule = firstBroken(needs, candidate);
        return rule == PASSED ? Optional.empty() : Optional.of(RULES[rule]);
    }

    /**
     * Checks a coordinator's assignment by hand: an interpreter who breaks a hard rule needs an explicit override.
     *
     * @return the rule the override breaks, for the audit; empty when none is broken
     * @throws RuleViolationException when a rule is broken and there is no override
     */
    public Optional<HardRule> checkHandAssignment(MatchNeeds needs, CandidateSnapshot candidate, boolean override) {
        Optional<HardRule> never = neverOverridden(needs, candidate);
        if (never.isPresent()) {
            throw new RuleViolationException("not-overridable", "Interpreter " + candidate.id() + " breaks the rule "
                    + never.get() + ": " + never.get().explanation() + " No override sets this aside; choose another "
                    + "interpreter.");
        }
        Optional<HardRule> broken = firstBrokenRule(needs, candidate);
        if (broken.isPresent() && !override) {
            throw new RuleViolationException("hard-rule", "Interpreter " + candidate.id() + " breaks the rule "
                    + broken.get() + ": " + broken.get().explanation() + " Assign with override and a reason, or "
                    + "choose another interpreter.");
        }
        return broken;
    }

    /**
     * The first rule the candidate breaks that no override may set aside ({@link HardRule#overridable()} false),
     * whatever other rules it breaks before it in the usual order.
     */
    public Optional<HardRule> neverOverridden(MatchNeeds needs, CandidateSnapshot c) {
        if (!c.active) {
            return Optional.of(HardRule.INACTIVE);
        }
        if (c.excludedForCase) {
            return Optional.of(HardRule.EXCLUDED_FOR_CASE);
        }
        if (c.conflictKeys.length > 0 && conflicts(needs.partyKeys, c.conflictKeys)) {
            return Optional.of(HardRule.CONFLICT);
        }
        if (overlaps(needs, c)) {
            return Optional.of(HardRule.OVERLAP);
        }
        return Optional.empty();
    }

    /**
     * How many candidates would qualify for this immediate booking if they were on call: they pass every rule but the
     * on-call switch. Said to a requester whose immediate booking nobody on call can take.
     */
    public int qualifiedButOffCall(MatchNeeds needs, List<CandidateSnapshot> candidates) {
        int count = 0;
        for (CandidateSnapshot c : candidates) {
            if (firstBroken(needs, c) == HardRule.NOT_ON_CALL.ordinal() && !overlaps(needs, c)
                    && (needs.onSite ? c.serves(needs.provinceOrdinal) : c.remote)) {
                count++;
            }
        }
        return count;
    }

    /** The score of a candidate that passes; for a single explanation. */
    public Optional<RankedCandidate> explain(MatchNeeds needs, CandidateSnapshot candidate) {
        if (firstBroken(needs, candidate) != PASSED) {
            return Optional.empty();
        }
        return Optional.of(new RankedCandidate(candidate.id(), Ranking.score(needs, candidate),
                Ranking.reasons(needs, candidate)));
    }

    /** The first rule broken, or {@link #PASSED}; {@link ProfileColumns#firstBroken} mirrors its first five. */
    private int firstBroken(MatchNeeds needs, CandidateSnapshot c) {
        if (!c.active) {
            return HardRule.INACTIVE.ordinal();
        }
        if ((c.speaksMask & needs.languageMask) != needs.languageMask) {
            return HardRule.LANGUAGE.ordinal();
        }
        if (c.vettingValidUntilDay < needs.dateEpochDay) {
            return HardRule.VETTING.ordinal();
        }
        if (needs.genderRequired && c.gender != needs.gender) {
            return HardRule.GENDER.ordinal();
        }
        if ((c.specialisationMask & needs.specialisationBit) != needs.specialisationBit) {
            return HardRule.SPECIALISATION.ordinal();
        }
        return firstBrokenAfterProfile(needs, c);
    }

    /** The first rule broken after the five that {@link ProfileColumns} holds, or {@link #PASSED}. */
    private int firstBrokenAfterProfile(MatchNeeds needs, CandidateSnapshot c) {
        if (c.excludedForCase) {
            return HardRule.EXCLUDED_FOR_CASE.ordinal();
        }
        if (c.conflictKeys.length > 0 && conflicts(needs.partyKeys, c.conflictKeys)) {
            return HardRule.CONFLICT.ordinal();
        }
        if (absent(needs, c.absences)
                || (!needs.immediate && !c.weekly.covers(needs.startMinuteOfWeek, needs.lengthMinutes))) {
            return HardRule.UNAVAILABLE.ordinal();
        }
        if (needs.immediate && !c.onCall) {
            return HardRule.NOT_ON_CALL.ordinal();
        }
        if (overlaps(needs, c)) {
            return HardRule.OVERLAP.ordinal();
        }
        if (needs.onSite && !c.serves(needs.provinceOrdinal)) {
            return HardRule.PROVINCE.ordinal();
        }
        if (!needs.onSite && !c.remote) {
            return HardRule.NOT_REMOTE.ordinal();
        }
        return PASSED;
    }

    private static boolean conflicts(String[] parties, String[] conflicts) {
        for (String conflict : conflicts) {
            for (String party : parties) {
                if (conflict.equals(party)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean absent(MatchNeeds needs, long[] absences) {
        for (int i = 0; i < absences.length; i += 2) {
            if (absences[i] < needs.endMillis && needs.startMillis < absences[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private boolean overlaps(MatchNeeds needs, CandidateSnapshot c) {
        long[] busy = c.busy;
        for (int i = 0, j = 0; i < busy.length; i += 2, j++) {
            long buffer = needs.onSite && c.busyOnSite[j] ? travelBufferMillis : 0;
            if (busy[i] < needs.endMillis + buffer && needs.startMillis < busy[i + 1] + buffer) {
                return true;
            }
        }
        return false;
    }

    // a min-heap on the kept keys: its root is the worst of the best, the one to replace
    private static void siftUp(long[] heap, int i) {
        long key = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    private static void siftDown(long[] heap, int size) {
        long key = heap[0];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (key <= heap[child]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }

    /** Convenience for callers that only need who to offer to, in rank order. */
    public static List<InterpreterId> idsOf(List<RankedCandidate> ranked) {
        return ranked.stream().map(RankedCandidate::interpreterId).toList();
    }
}
