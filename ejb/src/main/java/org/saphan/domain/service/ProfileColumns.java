package org.saphan.domain.service;

import java.util.List;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.Specialisation;

/**
 * The first five hard rules' facts of a whole pool (INACTIVE, LANGUAGE, VETTING, GENDER, SPECIALISATION), column by
 * column in dense arrays (with the ids, 20 bytes an interpreter). At a hundred thousand interpreters the matcher is bound by
 * memory, not by its comparisons: each snapshot is an object of about 120 bytes, and most of a pool fails on one of
 * these rules (two thirds or more: another language, suspended, vetting run out). Reading these columns first, the
 * matcher touches the snapshot itself only for those who pass them. Only profile facts are here, so the columns of a
 * cache's profiles stay right for every booking's snapshots of the same interpreters in the same order.
 */
public final class ProfileColumns {

    private static final int ACTIVE = 1;
    private static final int GENDER_SHIFT = 1;
    private static final int SPECIALISATION_SHIFT = 8;

    final InterpreterId[] ids;
    final long[] speaks;
    final long[] vettingDay;
    /** Bit 0 active, bits 1-7 the gender's ordinal, bits 8 up the specialisations. */
    final int[] meta;

    private ProfileColumns(List<CandidateSnapshot> profiles) {
        int n = profiles.size();
        ids = new InterpreterId[n];
        speaks = new long[n];
        vettingDay = new long[n];
        meta = new int[n];
        for (int i = 0; i < n; i++) {
            CandidateSnapshot c = profiles.get(i);
            ids[i] = c.id;
            speaks[i] = c.speaksMask;
            vettingDay[i] = c.vettingValidUntilDay;
            meta[i] = (c.active ? ACTIVE : 0) | (c.gender.ordinal() << GENDER_SHIFT)
                    | (c.specialisationMask << SPECIALISATION_SHIFT);
        }
    }

    static {
        if (Specialisation.values().length > 32 - SPECIALISATION_SHIFT) {
            throw new ExceptionInInitializerError("meta holds at most 24 specialisations");
        }
    }

    /** The columns of these profiles, in their order. */
    public static ProfileColumns of(List<CandidateSnapshot> profiles) {
        return new ProfileColumns(profiles);
    }

    public int size() {
        return speaks.length;
    }

    /** The first of the five rules candidate {@code i} breaks, as {@link InterpreterMatcher#firstBroken}, or PASSED. */
    int firstBroken(MatchNeeds needs, int i) {
        int m = meta[i];
        if ((m & ACTIVE) == 0) {
            return HardRule.INACTIVE.ordinal();
        }
        if ((speaks[i] & needs.languageMask) != needs.languageMask) {
            return HardRule.LANGUAGE.ordinal();
        }
        if (vettingDay[i] < needs.dateEpochDay) {
            return HardRule.VETTING.ordinal();
        }
        if (needs.genderRequired && ((m >>> GENDER_SHIFT) & 0x7F) != needs.gender.ordinal()) {
            return HardRule.GENDER.ordinal();
        }
        int wanted = needs.specialisationBit << SPECIALISATION_SHIFT;
        if ((m & wanted) != wanted) {
            return HardRule.SPECIALISATION.ordinal();
        }
        return InterpreterMatcher.PASSED;
    }
}
