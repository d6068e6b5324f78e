package org.saphan.domain.service;

import java.util.List;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.shared.Specialisation;

/**
 * The profile facts of a whole pool that the hard rules read, column by column in dense arrays (about 60 bytes an
 * interpreter): the first five rules (INACTIVE, LANGUAGE, VETTING, GENDER, SPECIALISATION) for everyone, and the rest
 * (UNAVAILABLE by the weekly windows, NOT_ON_CALL, PROVINCE, NOT_REMOTE) for those whose snapshot holds no facts that
 * could break another rule ({@link SnapshotList} knows them). At a hundred thousand interpreters the matcher is bound by
 * memory, not by its comparisons: each snapshot is an object of about 120 bytes, and most of a pool fails on one of
 * these rules (two thirds or more: another language, suspended, vetting run out). Reading these columns first, the
 * matcher touches the snapshot itself only for those who pass them. Only profile facts are here, so the columns of a
 * cache's profiles stay right for every booking's snapshots of the same interpreters in the same order.
 */
public final class ProfileColumns {

    private static final int ACTIVE = 1;
    private static final int GENDER_SHIFT = 1;
    private static final int SPECIALISATION_SHIFT = 8;

    /** In {@link #flags}: the profile the columns were made from declares conflicts, or absences. */
    static final byte CONFLICTS = 1;
    static final byte ABSENCES = 2;
    static final byte REMOTE = 4;
    static final byte ON_CALL = 8;

    final InterpreterId[] ids;
    final long[] provincesLow;
    final long[] provincesHigh;
    final WeeklySchedule[] weekly;
    /** {@link #CONFLICTS}, {@link #ABSENCES}, {@link #REMOTE}, {@link #ON_CALL}. */
    final byte[] flags;
    final long[] speaks;
    final long[] vettingDay;
    /** Bit 0 active, bits 1-7 the gender's ordinal, bits 8 up the specialisations. */
    final int[] meta;

    private ProfileColumns(List<CandidateSnapshot> profiles) {
        int n = profiles.size();
        ids = new InterpreterId[n];
        provincesLow = new long[n];
        provincesHigh = new long[n];
        weekly = new WeeklySchedule[n];
        flags = new byte[n];
        speaks = new long[n];
        vettingDay = new long[n];
        meta = new int[n];
        for (int i = 0; i < n; i++) {
            set(i, profiles.get(i));
        }
    }

    /** A copy of other's arrays, to be patched. */
    private ProfileColumns(ProfileColumns other) {
        ids = other.ids.clone();
        provincesLow = other.provincesLow.clone();
        provincesHigh = other.provincesHigh.clone();
        weekly = other.weekly.clone();
        flags = other.flags.clone();
        speaks = other.speaks.clone();
        vettingDay = other.vettingDay.clone();
        meta = other.meta.clone();
    }

    private void set(int i, CandidateSnapshot c) {
        ids[i] = c.id;
        provincesLow[i] = c.provincesLow;
        provincesHigh[i] = c.provincesHigh;
        weekly[i] = c.weekly;
        flags[i] = (byte) ((c.conflictKeys.length > 0 ? CONFLICTS : 0) | (c.absences.length > 0 ? ABSENCES : 0)
                | (c.remote ? REMOTE : 0) | (c.onCall ? ON_CALL : 0));
        speaks[i] = c.speaksMask;
        vettingDay[i] = c.vettingValidUntilDay;
        meta[i] = (c.active ? ACTIVE : 0) | (c.gender.ordinal() << GENDER_SHIFT)
                | (c.specialisationMask << SPECIALISATION_SHIFT);
    }

    /** These columns with the candidates at {@code at} replaced by {@code fresh}: copied arrays, not worked out again. */
    ProfileColumns with(int[] at, CandidateSnapshot[] fresh) {
        ProfileColumns patched = new ProfileColumns(this);
        for (int k = 0; k < at.length; k++) {
            patched.set(at[k], fresh[k]);
        }
        return patched;
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

    /**
     * The rules after the first five for candidate {@code i}, as {@link InterpreterMatcher#firstBrokenAfterProfile}
     * decides them, for a candidate whose snapshot holds neither assignments nor a case exclusion, so that EXCLUDED_FOR_CASE
     * and OVERLAP cannot break. Those who declare conflicts or absences are not decided here: -2.
     */
    int firstBrokenAfterProfile(MatchNeeds needs, int i) {
        byte f = flags[i];
        if ((f & (CONFLICTS | ABSENCES)) != 0) {
            return UNDECIDED;
        }
        if (!needs.immediate && !weekly[i].covers(needs.startMinuteOfWeek, needs.lengthMinutes)) {
            return HardRule.UNAVAILABLE.ordinal();
        }
        if (needs.immediate && (f & ON_CALL) == 0) {
            return HardRule.NOT_ON_CALL.ordinal();
        }
        if (needs.onSite && !serves(i, needs.provinceOrdinal)) {
            return HardRule.PROVINCE.ordinal();
        }
        if (!needs.onSite && (f & REMOTE) == 0) {
            return HardRule.NOT_REMOTE.ordinal();
        }
        return InterpreterMatcher.PASSED;
    }

    /** Not decided from the columns: read the snapshot. */
    static final int UNDECIDED = -2;

    /** As {@link CandidateSnapshot#serves(int)}, bit for bit. */
    private boolean serves(int i, int provinceOrdinal) {
        return provinceOrdinal < 64
                ? (provincesLow[i] & (1L << provinceOrdinal)) != 0
                : (provincesHigh[i] & (1L << (provinceOrdinal - 64))) != 0;
    }
}
