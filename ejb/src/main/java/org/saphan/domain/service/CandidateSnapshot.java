package org.saphan.domain.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.interpreter.Absence;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.LanguageSkill;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeWindow;

/**
 * Everything matching needs to know about one interpreter for one booking, frozen at one moment: the profile and
 * availability, plus facts that depend on the booking (its case's exclusions, continuity) and on the calendar
 * (assignments around the booking's time, hours worked in the last 14 days, how fast it answers offers). Immutable;
 * held in bit masks and primitive arrays so that checking a hundred thousand of them allocates nothing.
 * <p>
 * Build one with {@link #builder(InterpreterId)}, or {@link #builder(Interpreter)} to start from a loaded profile.
 */
public final class CandidateSnapshot {

    /** {@link #medianAnswerSeconds()} when the interpreter never answered an offer. */
    public static final int UNKNOWN = -1;

    private static final long[] NO_TIMES = new long[0];
    private static final boolean[] NO_FLAGS = new boolean[0];
    private static final String[] NO_KEYS = new String[0];

    static {
        // two bits of levelBits per language
        if (LanguageCode.values().length > 32) {
            throw new ExceptionInInitializerError("levelBits holds at most 32 languages");
        }
    }

    final InterpreterId id;
    final boolean active;
    final Gender gender;
    final long speaksMask;
    final long certifiedMask;
    /** Per language, two bits at {@code 2 * ordinal}: 0 not spoken, else {@code Level.ordinal() + 1}. */
    final long levelBits;
    final long vettingValidUntilDay;
    final int specialisationMask;
    final long provincesLow;
    final long provincesHigh;
    final boolean remote;
    final WeeklySchedule weekly;
    final long[] absences;
    final boolean onCall;
    final long[] busy;
    final boolean[] busyOnSite;
    final String[] conflictKeys;
    final boolean excludedForCase;
    final boolean servedCase;
    final int minutesWorkedLast14Days;
    final int medianAnswerSeconds;
    /** The profile this one was made from by {@link #withFacts}; null for one built whole. */
    final CandidateSnapshot profileSource;

    private CandidateSnapshot(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.active = b.active;
        this.gender = b.gender;
        this.speaksMask = b.speaksMask;
        this.certifiedMask = b.certifiedMask;
        this.levelBits = b.levelBits;
        this.vettingValidUntilDay = b.vettingValidUntil == null ? Long.MIN_VALUE : b.vettingValidUntil.toEpochDay();
        this.specialisationMask = b.specialisationMask;
        this.provincesLow = b.provincesLow;
        this.provincesHigh = b.provincesHigh;
        this.remote = b.remote;
        this.weekly = b.weekly;
        // most interpreters have no absences, assignments or conflicts: share the empty arrays, keep the pool dense
        this.absences = b.absenceCount == 0 ? NO_TIMES : Arrays.copyOf(b.absences, b.absenceCount * 2);
        this.onCall = b.onCall;
        this.busy = b.busyCount == 0 ? NO_TIMES : Arrays.copyOf(b.busy, b.busyCount * 2);
        this.busyOnSite = b.busyCount == 0 ? NO_FLAGS : Arrays.copyOf(b.busyOnSite, b.busyCount);
        this.conflictKeys = b.conflictKeys.isEmpty() ? NO_KEYS : b.conflictKeys.toArray(NO_KEYS);
        this.excludedForCase = b.excludedForCase;
        this.servedCase = b.servedCase;
        this.minutesWorkedLast14Days = b.minutesWorkedLast14Days;
        this.medianAnswerSeconds = b.medianAnswerSeconds;
        this.profileSource = null;
    }

    /**
     * The profile part of another snapshot (everything {@link #builder(Interpreter)} fills) with the booking's and the
     * calendar's facts of {@code facts}; its arrays are shared, not copied, since both are immutable.
     */
    private CandidateSnapshot(CandidateSnapshot profile, Builder facts) {
        if (!profile.id.equals(facts.id)) {
            throw new IllegalArgumentException("facts of " + facts.id + " for the profile of " + profile.id);
        }
        this.id = profile.id;
        this.active = profile.active;
        this.gender = profile.gender;
        this.speaksMask = profile.speaksMask;
        this.certifiedMask = profile.certifiedMask;
        this.levelBits = profile.levelBits;
        this.vettingValidUntilDay = profile.vettingValidUntilDay;
        this.specialisationMask = profile.specialisationMask;
        this.provincesLow = profile.provincesLow;
        this.provincesHigh = profile.provincesHigh;
        this.remote = profile.remote;
        this.weekly = profile.weekly;
        this.absences = profile.absences;
        this.onCall = profile.onCall;
        this.conflictKeys = profile.conflictKeys;
        this.busy = facts.busyCount == 0 ? NO_TIMES : Arrays.copyOf(facts.busy, facts.busyCount * 2);
        this.busyOnSite = facts.busyCount == 0 ? NO_FLAGS : Arrays.copyOf(facts.busyOnSite, facts.busyCount);
        this.excludedForCase = facts.excludedForCase;
        this.servedCase = facts.servedCase;
        this.minutesWorkedLast14Days = facts.minutesWorkedLast14Days;
        this.medianAnswerSeconds = facts.medianAnswerSeconds;
        this.profileSource = profile;
    }

    /**
     * This snapshot's profile (what {@link #builder(Interpreter)} fills: status, languages, vetting, availability, on
     * call, ...) with the facts that depend on one booking and the calendar taken from {@code facts} (assignments,
     * case exclusion and continuity, minutes worked, answer speed); whatever profile {@code facts} holds is ignored.
     * For a cache of profiles: the profile is read once and shared by the snapshots of many bookings.
     */
    public CandidateSnapshot withFacts(Builder facts) {
        return new CandidateSnapshot(this, facts);
    }

    /** Whether it holds none of the facts of a booking or the calendar: a pure profile, as a cache keeps it. */
    public boolean hasNoFacts() {
        return busy.length == 0 && !excludedForCase && !servedCase && minutesWorkedLast14Days == 0
                && medianAnswerSeconds == UNKNOWN;
    }

    /** Bit {@code ordinal} set for each language spoken at any level. */
    public long speaksMask() {
        return speaksMask;
    }

    /** The last day the vetting is valid, as an epoch day; {@link Long#MIN_VALUE} when it never is. */
    public long vettingValidUntilDay() {
        return vettingValidUntilDay;
    }

    public static Builder builder(InterpreterId id) {
        return new Builder(id);
    }

    /**
     * A builder filled with the interpreter's profile, vetting, availability and on-call switch; the caller adds the
     * facts that depend on the booking and the calendar.
     */
    public static Builder builder(Interpreter interpreter) {
        Builder b = new Builder(interpreter.id()).active(interpreter.isActive()).gender(interpreter.gender())
                .remote(interpreter.worksRemotely()).onCall(interpreter.isOnCall())
                .vettingValidUntil(interpreter.vetting().validUntil().orElse(null))
                .weekly(interpreter.weeklySchedule());
        for (LanguageSkill skill : interpreter.languages()) {
            b.language(skill.language(), skill.level(), skill.certified());
        }
        interpreter.specialisations().forEach(b::specialisation);
        interpreter.provinces().forEach(b::province);
        interpreter.conflicts().forEach(b::conflict);
        interpreter.absences().forEach(b::absence);
        return b;
    }

    public InterpreterId id() {
        return id;
    }

    public boolean active() {
        return active;
    }

    public Gender gender() {
        return gender;
    }

    /** The level in a language, or null when the interpreter does not speak it. */
    public Level levelIn(LanguageCode language) {
        int level = levelCode(language.ordinal());
        return level == 0 ? null : Level.values()[level - 1];
    }

    /** 0 when not spoken, else {@code Level.ordinal() + 1}. */
    int levelCode(int languageOrdinal) {
        return (int) (levelBits >>> (2 * languageOrdinal)) & 3;
    }

    public boolean certifiedIn(LanguageCode language) {
        return (certifiedMask & (1L << language.ordinal())) != 0;
    }

    public boolean serves(Province province) {
        return serves(province.ordinal());
    }

    boolean serves(int provinceOrdinal) {
        return provinceOrdinal < 64
                ? (provincesLow & (1L << provinceOrdinal)) != 0
                : (provincesHigh & (1L << (provinceOrdinal - 64))) != 0;
    }

    public boolean remote() {
        return remote;
    }

    public boolean onCall() {
        return onCall;
    }

    public boolean excludedForCase() {
        return excludedForCase;
    }

    public boolean servedCase() {
        return servedCase;
    }

    public int minutesWorkedLast14Days() {
        return minutesWorkedLast14Days;
    }

    /** The median time it took to answer offers, or {@link #UNKNOWN}. */
    public int medianAnswerSeconds() {
        return medianAnswerSeconds;
    }

    @Override
    public String toString() {
        return "CandidateSnapshot[" + id + "]";
    }

    /** Collects one snapshot; not thread-safe, not reusable after {@link #build()}. */
    public static final class Builder {

        private final InterpreterId id;
        private boolean active = true;
        private Gender gender = Gender.OTHER;
        private long speaksMask;
        private long certifiedMask;
        private long levelBits;
        private LocalDate vettingValidUntil;
        private int specialisationMask;
        private long provincesLow;
        private long provincesHigh;
        private boolean remote;
        private WeeklySchedule weekly = WeeklySchedule.empty();
        private long[] absences = NO_TIMES;
        private int absenceCount;
        private boolean onCall;
        private long[] busy = NO_TIMES;
        private boolean[] busyOnSite = NO_FLAGS;
        private int busyCount;
        private final List<String> conflictKeys = new ArrayList<>(0);
        private boolean excludedForCase;
        private boolean servedCase;
        private int minutesWorkedLast14Days;
        private int medianAnswerSeconds = UNKNOWN;

        private Builder(InterpreterId id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder active(boolean value) {
            active = value;
            return this;
        }

        public Builder gender(Gender value) {
            gender = Objects.requireNonNull(value, "gender");
            return this;
        }

        public Builder language(LanguageCode language, Level level, boolean certified) {
            int bit = language.ordinal();
            speaksMask |= 1L << bit;
            if (certified) {
                certifiedMask |= 1L << bit;
            } else {
                certifiedMask &= ~(1L << bit);
            }
            levelBits = (levelBits & ~(3L << (2 * bit))) | ((long) (level.ordinal() + 1) << (2 * bit));
            return this;
        }

        /** The last day the vetting is valid; null when it never is. */
        public Builder vettingValidUntil(LocalDate value) {
            vettingValidUntil = value;
            return this;
        }

        public Builder specialisation(Specialisation value) {
            specialisationMask |= 1 << value.ordinal();
            return this;
        }

        public Builder province(Province value) {
            int bit = value.ordinal();
            if (bit < 64) {
                provincesLow |= 1L << bit;
            } else {
                provincesHigh |= 1L << (bit - 64);
            }
            return this;
        }

        public Builder remote(boolean value) {
            remote = value;
            return this;
        }

        public Builder weekly(WeeklySchedule value) {
            weekly = Objects.requireNonNull(value, "weekly");
            return this;
        }

        public Builder absence(Absence absence) {
            return absence(absence.from(), absence.until());
        }

        public Builder absence(Instant from, Instant until) {
            if (absenceCount * 2 == absences.length) {
                absences = Arrays.copyOf(absences, Math.max(4, absences.length * 2));
            }
            absences[absenceCount * 2] = from.toEpochMilli();
            absences[absenceCount * 2 + 1] = until.toEpochMilli();
            absenceCount++;
            return this;
        }

        public Builder onCall(boolean value) {
            onCall = value;
            return this;
        }

        /** An assignment the interpreter already has; only those near the booking's time matter. */
        public Builder assignment(TimeWindow window, Mode mode) {
            if (busyCount == busyOnSite.length) {
                int grown = Math.max(4, busyOnSite.length * 2);
                busy = Arrays.copyOf(busy, grown * 2);
                busyOnSite = Arrays.copyOf(busyOnSite, grown);
            }
            busy[busyCount * 2] = window.start().toEpochMilli();
            busy[busyCount * 2 + 1] = window.end().toEpochMilli();
            busyOnSite[busyCount] = mode == Mode.ON_SITE;
            busyCount++;
            return this;
        }

        /** Adds those among the given assignments that still block time. */
        public Builder assignments(Collection<Assignment> assignments) {
            for (Assignment assignment : assignments) {
                if (assignment.blocksTime()) {
                    assignment(assignment.window(), assignment.mode());
                }
            }
            return this;
        }

        public Builder conflict(Party party) {
            conflictKeys.add(party.matchKey());
            return this;
        }

        public Builder excludedForCase(boolean value) {
            excludedForCase = value;
            return this;
        }

        /** Whether it interpreted for this booking's case before (and was not excluded since). */
        public Builder servedCase(boolean value) {
            servedCase = value;
            return this;
        }

        public Builder minutesWorkedLast14Days(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("minutes worked cannot be negative");
            }
            minutesWorkedLast14Days = value;
            return this;
        }

        /** The median seconds it took to answer offers; {@link CandidateSnapshot#UNKNOWN} when never. */
        public Builder medianAnswerSeconds(int value) {
            medianAnswerSeconds = value < 0 ? UNKNOWN : value;
            return this;
        }

        public CandidateSnapshot build() {
            return new CandidateSnapshot(this);
        }
    }
}
