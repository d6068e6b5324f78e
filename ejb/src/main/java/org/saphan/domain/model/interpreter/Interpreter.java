package org.saphan.domain.model.interpreter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.model.shared.ValidationException;

/**
 * A vetted interpreter in the pool.
 * <p>
 * A coordinator creates the profile (languages and levels, specialisations, provinces served, remote work, vetting,
 * declared conflicts); it starts {@code ACTIVE} and is replaced whole when the coordinator edits it. The interpreter,
 * or a coordinator, keeps its weekly availability and dated absences, and the interpreter switches itself on call
 * when it can take immediate requests. A coordinator may suspend an active interpreter, with a reason, which also
 * switches it off call, and reinstate it later, with a reason; a suspended interpreter is never offered or assigned
 * work but stays in the pool for its history. Vetting expires by date, without any step: matching reads it on the
 * booking's date.
 */
@Entity
@Table(name = "interpreter")
public class Interpreter {

    public static final int MAX_WEEKLY_WINDOWS = 50;
    public static final int MAX_ABSENCES = 200;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", length = InterpreterProfile.MAX_USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = InterpreterProfile.MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 16)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private InterpreterStatus status;

    @Column(name = "status_reason", length = MAX_REASON)
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "remote", nullable = false)
    private boolean remote;

    @Column(name = "on_call", nullable = false)
    private boolean onCall;

    @Column(name = "background_check_valid_until")
    private LocalDate backgroundCheckValidUntil;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "agreement_version", length = ConfidentialityAgreement.MAX_VERSION)
    private String agreementVersion;

    @ElementCollection
    @CollectionTable(name = "interpreter_language", joinColumns = @JoinColumn(name = "interpreter_id"))
    private Set<LanguageSkill> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interpreter_specialisation", joinColumns = @JoinColumn(name = "interpreter_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialisation", nullable = false, length = 32)
    private Set<Specialisation> specialisations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interpreter_province", joinColumns = @JoinColumn(name = "interpreter_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "province", nullable = false, length = 32)
    private Set<Province> provinces = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interpreter_training", joinColumns = @JoinColumn(name = "interpreter_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "training", nullable = false, length = 32)
    private Set<Training> trainings = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interpreter_conflict", joinColumns = @JoinColumn(name = "interpreter_id"))
    private Set<Party> conflicts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interpreter_weekly_window", joinColumns = @JoinColumn(name = "interpreter_id"))
    private Set<WeeklyWindow> weeklyWindows = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "interpreter_absence", joinColumns = @JoinColumn(name = "interpreter_id"))
    private Set<Absence> absences = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Interpreter() {
    }

    /** Adds an interpreter to the pool, active, with no availability yet. */
    public Interpreter(InterpreterProfile profile, Instant now) {
        this.status = InterpreterStatus.ACTIVE;
        this.createdAt = requireNow(now);
        this.statusChangedAt = now;
        replaceProfile(profile);
    }

    /** Replaces the whole profile; status, availability and on-call stay as they are. */
    public void replaceProfile(InterpreterProfile profile) {
        ValidationException.requirePresent(profile, "profile", "The profile is missing.");
        this.username = profile.username();
        this.name = profile.name();
        this.gender = profile.gender();
        this.remote = profile.remote();
        Vetting vetting = profile.vetting();
        this.backgroundCheckValidUntil = vetting.backgroundCheckValidUntil();
        this.agreementSignedOn = vetting.confidentialityAgreement() == null
                ? null
                : vetting.confidentialityAgreement().signedOn();
        this.agreementVersion = vetting.confidentialityAgreement() == null
                ? null
                : vetting.confidentialityAgreement().version();
        replace(languages, profile.languages());
        replace(specialisations, profile.specialisations());
        replace(provinces, profile.provinces());
        replace(trainings, vetting.trainings());
        replace(conflicts, profile.conflicts());
    }

    /** Takes the interpreter out of matching, and off call. */
    public void suspend(String reason, Instant now) {
        String why = requireReason(reason);
        if (status == InterpreterStatus.SUSPENDED) {
            throw new ConflictException(ConflictException.WRONG_STATE, "This interpreter is already suspended.");
        }
        status = InterpreterStatus.SUSPENDED;
        statusReason = why;
        statusChangedAt = requireNow(now);
        onCall = false;
    }

    /** Brings a suspended interpreter back into matching. */
    public void reinstate(String reason, Instant now) {
        String why = requireReason(reason);
        if (status != InterpreterStatus.SUSPENDED) {
            throw new ConflictException(ConflictException.WRONG_STATE, "This interpreter is not suspended.");
        }
        status = InterpreterStatus.ACTIVE;
        statusReason = why;
        statusChangedAt = requireNow(now);
    }

    /** Replaces the weekly windows (Asia/Bangkok local time) and the dated absences together. */
    public void replaceAvailability(Collection<WeeklyWindow> weekly, Collection<Absence> away) {
        Collection<WeeklyWindow> newWeekly = weekly == null ? List.of() : weekly;
        Collection<Absence> newAbsences = away == null ? List.of() : away;
        if (newWeekly.size() > MAX_WEEKLY_WINDOWS) {
            throw new ValidationException("weekly", "At most " + MAX_WEEKLY_WINDOWS + " weekly windows, not "
                    + newWeekly.size() + ": join windows that touch.");
        }
        if (newAbsences.size() > MAX_ABSENCES) {
            throw new ValidationException("absences", "At most " + MAX_ABSENCES + " absences, not "
                    + newAbsences.size() + ": remove those in the past.");
        }
        replace(weeklyWindows, newWeekly);
        replace(absences, newAbsences);
    }

    /** The interpreter's own switch for immediate requests: someone is waiting in a room now. */
    public void switchOnCall(boolean on) {
        if (on && status != InterpreterStatus.ACTIVE) {
            throw new RuleViolationException("suspended", "A suspended interpreter cannot go on call.");
        }
        onCall = on;
    }

    /** Whether the whole window lies inside the weekly windows and outside every absence. */
    public boolean isAvailableFor(TimeWindow window) {
        return weeklySchedule().covers(window) && !isAbsentDuring(window);
    }

    public boolean isAbsentDuring(TimeWindow window) {
        for (Absence absence : absences) {
            if (absence.overlaps(window)) {
                return true;
            }
        }
        return false;
    }

    public WeeklySchedule weeklySchedule() {
        return WeeklySchedule.of(weeklyWindows);
    }

    /** Whether it speaks the language at {@code minimum} or better. */
    public boolean speaks(LanguageCode language, Level minimum) {
        return levelIn(language).map(level -> level.isAtLeast(minimum)).orElse(false);
    }

    public Optional<Level> levelIn(LanguageCode language) {
        return skillIn(language).map(LanguageSkill::level);
    }

    public boolean isCertifiedIn(LanguageCode language) {
        return skillIn(language).map(LanguageSkill::certified).orElse(false);
    }

    private Optional<LanguageSkill> skillIn(LanguageCode language) {
        for (LanguageSkill skill : languages) {
            if (skill.language() == language) {
                return Optional.of(skill);
            }
        }
        return Optional.empty();
    }

    public boolean vettingValidOn(LocalDate date) {
        return vetting().validOn(date);
    }

    public boolean serves(Province province) {
        return provinces.contains(province);
    }

    public boolean isSpecialisedIn(Specialisation specialisation) {
        return specialisations.contains(specialisation);
    }

    public boolean hasConflictWith(Party party) {
        return conflicts.contains(party);
    }

    public boolean isActive() {
        return status == InterpreterStatus.ACTIVE;
    }

    /** The identity; only once the repository stored it. */
    public InterpreterId id() {
        if (id == null) {
            throw new IllegalStateException("The interpreter has no id until it is stored.");
        }
        return new InterpreterId(id);
    }

    public boolean isStored() {
        return id != null;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public String name() {
        return name;
    }

    public Gender gender() {
        return gender;
    }

    public InterpreterStatus status() {
        return status;
    }

    /** Why it was last suspended or reinstated. */
    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public boolean worksRemotely() {
        return remote;
    }

    public boolean isOnCall() {
        return onCall;
    }

    /** The languages, best level first, then in {@link LanguageCode} order: stable for display. */
    public List<LanguageSkill> languages() {
        List<LanguageSkill> sorted = new ArrayList<>(languages);
        sorted.sort(Comparator.comparing(LanguageSkill::level).reversed()
                .thenComparing(LanguageSkill::language));
        return List.copyOf(sorted);
    }

    public Set<Specialisation> specialisations() {
        return Set.copyOf(specialisations);
    }

    public Set<Province> provinces() {
        return Set.copyOf(provinces);
    }

    public Set<Party> conflicts() {
        return Set.copyOf(conflicts);
    }

    public Set<WeeklyWindow> weeklyWindows() {
        return Set.copyOf(weeklyWindows);
    }

    public Set<Absence> absences() {
        return Set.copyOf(absences);
    }

    public Vetting vetting() {
        ConfidentialityAgreement agreement = agreementSignedOn == null
                ? null
                : new ConfidentialityAgreement(agreementSignedOn, agreementVersion);
        return new Vetting(backgroundCheckValidUntil, agreement, trainings);
    }

    public InterpreterProfile profile() {
        return new InterpreterProfile(username, name, gender, languages(), specialisations, provinces,
                remote, vetting(), conflicts);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    private static <T> void replace(Set<T> target, Collection<? extends T> values) {
        // mutate in place: JPA tracks the collection instance it loaded
        target.retainAll(new HashSet<>(values));
        target.addAll(values);
    }

    private static String requireReason(String reason) {
        String why = ValidationException.requireText(reason, "reason", "The reason is missing: say why, for the "
                + "record.");
        return ValidationException.requireAtMost(why, MAX_REASON, "reason", "The reason");
    }

    private static Instant requireNow(Instant now) {
        if (now == null) {
            throw new IllegalArgumentException("now");
        }
        return now;
    }

    /** Same interpreter when both are stored with the same id; an unsaved one is only equal to itself. */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Interpreter that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }

    @Override
    public String toString() {
        return "Interpreter " + (id == null ? "(new)" : id) + " " + status;
    }
}
