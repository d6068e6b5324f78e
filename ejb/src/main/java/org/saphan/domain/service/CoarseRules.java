package org.saphan.domain.service;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a candidate pool may check before the matcher, in memory, over profiles alone: INACTIVE, LANGUAGE,
 * VETTING, NOT_REMOTE and PROVINCE, and NOT_ON_CALL for an immediate booking's offers. They are the same rules as the
 * database's coarse filter asks, so whoever fails them could never qualify, and leaving them out changes neither who
 * qualifies nor the order of the rest. The matcher still checks every rule, these included.
 */
public final class CoarseRules {

    private CoarseRules() {
    }

    /**
     * Those of a pool who pass the coarse rules for this booking, in the pool's order. Active, languages and vetting
     * are read from the pool's columns, so the snapshots of most of a large pool are not touched.
     *
     * @param offers as for {@link #mayQualify}
     */
    public static List<CandidateSnapshot> kept(MatchNeeds needs, SnapshotList pool, boolean offers) {
        ProfileColumns columns = pool.columns;
        List<CandidateSnapshot> kept = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int rule = columns.firstBroken(needs, i);
            // gender and specialisation are not coarse rules: whoever breaks only them is still kept, as by the SQL
            if (rule == HardRule.INACTIVE.ordinal() || rule == HardRule.LANGUAGE.ordinal()
                    || rule == HardRule.VETTING.ordinal()) {
                continue;
            }
            CandidateSnapshot c = pool.get(i);
            if (mayQualify(needs, c, offers)) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * Whether the candidate passes the coarse rules for this booking.
     *
     * @param offers true to ask "on call" too for an immediate booking, as its offers do; false to keep those off
     *        call, as the count of who would qualify if they were on call does
     */
    public static boolean mayQualify(MatchNeeds needs, CandidateSnapshot c, boolean offers) {
        if (!c.active || (c.speaksMask & needs.languageMask) != needs.languageMask
                || c.vettingValidUntilDay < needs.dateEpochDay) {
            return false;
        }
        if (offers && needs.immediate && !c.onCall) {
            return false;
        }
        if (!needs.onSite) {
            return c.remote;
        }
        // on site without a province, the filter asks nothing of where the interpreter works, as the SQL one
        return needs.provinceOrdinal < 0 || c.serves(needs.provinceOrdinal);
    }
}
