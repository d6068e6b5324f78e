package org.saphan.domain.model.booking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.model.shared.ValidationException;

/**
 * An interpreter request, from the moment a requester makes it to its end.
 * <p>
 * A requester of an agency makes a booking for a case ({@code OPEN}). Saphan offers it to interpreters
 * ({@code OFFERED}): a scheduled booking to the best few, in waves that widen; an immediate one to everyone qualified
 * and on call, at once. The first interpreter to accept gets it, or a coordinator assigns one by hand with a reason
 * ({@code ASSIGNED}); either way an {@link Assignment} is made, of which a booking can have only one. The work
 * starts when the interpreter checks in, or the first participant enters a remote room ({@code IN_PROGRESS}). It ends
 * when the interpreter checks out ({@code ENDED_UNCONFIRMED}, the actual end, which frees the interpreter) and the
 * requester confirms it ({@code COMPLETED}); a requester who ends a remote session, or confirms while it is still in
 * progress, completes it at once. When either side does not come, the other reports a no-show ({@code NO_SHOW}, with
 * the absent party). A booking still assigned or in progress {@link #END_GRACE} after its scheduled end is marked
 * {@code ENDED_UNCONFIRMED} by Saphan, for the requester to confirm and for coordinators to see; it no longer sits in
 * the interpreter's schedule as work to come. A booking nobody takes by its fill deadline becomes
 * {@code UNFILLED}. The requester or a coordinator may cancel it, with a reason, at any time before it is over
 * ({@code CANCELLED}); its open offers are then withdrawn and its interpreter freed. Each step is a method named after
 * what happens; a step the status does not allow is refused with a {@link ConflictException}.
 * <p>
 * Two bookings are the same when their references are.
 */
@Entity
@Table(name = "booking")
public class Booking {

    /** How far ahead a booking may start: further than any real plan, and within what the database holds. */
    public static final Duration MAX_AHEAD = Duration.ofDays(730);
    /** How far in the past an immediate booking may start: the form took a moment to fill. */
    public static final Duration IMMEDIATE_START_TOLERANCE = Duration.ofMinutes(15);
    /** How far ahead an immediate booking may start; later, it is a scheduled one. */
    public static final Duration IMMEDIATE_START_HORIZON = Duration.ofMinutes(60);
    /** How long after its start an immediate booking may still find an interpreter before it is unfilled. */
    public static final Duration IMMEDIATE_FILL_WINDOW = Duration.ofMinutes(30);
    public static final int MAX_REASON = 500;
    /** How early before the start an interpreter may check in (it arrives early, or a remote room opens). */
    public static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofMinutes(60);
    /**
     * How long after the scheduled end a booking nobody checked out of, or into, waits before Saphan marks it
     * {@code ENDED_UNCONFIRMED}: a session may run over.
     */
    public static final Duration END_GRACE = Duration.ofHours(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = BookingReference.JpaConverter.class)
    @Column(name = "reference", nullable = false, updatable = false, length = BookingReference.MAX_LENGTH)
    private BookingReference reference;

    @Column(name = "requester_agency", nullable = false, updatable = false, length = Requester.MAX_AGENCY)
    private String requesterAgency;

    @Column(name = "requester_subject", nullable = false, updatable = false, length = Requester.MAX_SUBJECT)
    private String requesterSubject;

    @Column(name = "requester_contact", length = BookingRequest.MAX_CONTACT)
    private String requesterContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 32)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "booking_mode", nullable = false, length = 16)
    private Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 16)
    private Urgency urgency;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Convert(converter = LanguageCode.JpaConverter.class)
    @Column(name = "person_language", nullable = false, length = 3)
    private LanguageCode personLanguage;

    @Convert(converter = LanguageCode.JpaConverter.class)
    @Column(name = "other_language", nullable = false, length = 3)
    private LanguageCode otherLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "province", length = 32)
    private Province province;

    @Column(name = "place", length = BookingRequest.MAX_PLACE)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "interpreter_gender", length = 16)
    private Gender interpreterGender;

    @Column(name = "interpreter_gender_required", nullable = false)
    private boolean interpreterGenderRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "specialisation", length = 32)
    private Specialisation specialisation;

    @Column(name = "person_is_minor", nullable = false)
    private boolean personIsMinor;

    @Convert(converter = CaseCode.JpaConverter.class)
    @Column(name = "case_code", nullable = false, length = CaseCode.MAX_LENGTH)
    private CaseCode caseCode;

    @Column(name = "note_for_interpreter", length = BookingRequest.MAX_NOTE)
    private String noteForInterpreter;

    @ElementCollection
    @CollectionTable(name = "booking_party", joinColumns = @JoinColumn(name = "booking_id"))
    private Set<Party> parties = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private BookingStatus status;

    @Column(name = "status_reason", length = MAX_REASON)
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "current_wave", nullable = false)
    private int currentWave;

    @Convert(converter = InterpreterId.JpaConverter.class)
    @Column(name = "interpreter_id")
    private InterpreterId interpreter;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "pseudonymised_at")
    private Instant pseudonymisedAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "absent_party", length = 16)
    private AbsentParty absentParty;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Booking() {
    }

    /**
     * Makes a booking, {@code OPEN}.
     *
     * @param reference from {@link BookingRepository#nextReference(int)}
     * @param now the clock's reading, against which the start is checked
     * @throws ValidationException when the start is in the past (or, for an immediate booking, not about now)
     */
    public Booking(BookingReference reference, Requester requester, BookingRequest request, Instant now) {
        this.reference = ValidationException.requirePresent(reference, "reference", "The reference is missing.");
        ValidationException.requirePresent(requester, "agency", "The requester is missing.");
        ValidationException.requirePresent(request, "booking", "The booking is missing.");
        requireNow(now);
        checkStart(request, now);
        this.requesterAgency = requester.agency();
        this.requesterSubject = requester.subject();
        this.requesterContact = request.requesterContact();
        this.purpose = request.purpose();
        this.mode = request.mode();
        this.urgency = request.urgency();
        this.startsAt = request.start();
        this.durationMinutes = request.durationMinutes();
        this.personLanguage = request.languages().personLanguage();
        this.otherLanguage = request.languages().otherLanguage();
        this.province = request.province();
        this.place = request.place();
        if (request.interpreterGender() != null) {
            this.interpreterGender = request.interpreterGender().value();
            this.interpreterGenderRequired = request.interpreterGender().required();
        }
        this.specialisation = request.specialisation();
        this.personIsMinor = request.personIsMinor();
        this.caseCode = request.caseCode();
        this.noteForInterpreter = request.noteForInterpreter();
        this.parties.addAll(request.parties());
        this.status = BookingStatus.OPEN;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    private static void checkStart(BookingRequest request, Instant now) {
        Instant start = request.start();
        if (start.isAfter(now.plus(MAX_AHEAD))) {
            throw new ValidationException("start", "A booking starts at most two years ahead (" + MAX_AHEAD.toDays()
                    + " days), not at " + start + ".");
        }
        if (request.urgency() == Urgency.SCHEDULED && !start.isAfter(now)) {
            throw new ValidationException("start", "The start (" + start + ") is in the past: a scheduled booking "
                    + "starts in the future. For someone waiting now, make an IMMEDIATE booking.");
        }
        if (request.urgency() == Urgency.IMMEDIATE) {
            if (start.isBefore(now.minus(IMMEDIATE_START_TOLERANCE))) {
                throw new ValidationException("start", "The start (" + start + ") is in the past: an immediate "
                        + "booking starts now.");
            }
            if (start.isAfter(now.plus(IMMEDIATE_START_HORIZON))) {
                throw new ValidationException("start", "An immediate booking starts now, not at " + start
                        + ": make a SCHEDULED booking for a later start.");
            }
        }
    }

    /**
     * Offers the booking to the next wave of interpreters, and returns their offers to store and send. An offer
     * expires after {@code timeout}, or at the fill deadline if that comes first.
     *
     * @param interpreters in rank order, none offered this booking before
     * @throws ConflictException when the booking is no longer open or offered
     * @throws RuleViolationException when the fill deadline has passed
     */
    public List<Offer> offerTo(List<InterpreterId> interpreters, Instant now, Duration timeout) {
        requireStatus("be offered", BookingStatus.OPEN, BookingStatus.OFFERED);
        requireNow(now);
        if (interpreters == null || interpreters.isEmpty()) {
            throw new ValidationException("interpreters", "Nobody to offer the booking to.");
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The offer timeout must be positive");
        }
        Instant deadline = fillDeadline();
        if (!deadline.isAfter(now)) {
            throw new RuleViolationException("past-deadline", "Booking " + reference + " can no longer be filled: "
                    + "its deadline was " + deadline + ".");
        }
        Instant expiresAt = now.plus(timeout).isBefore(deadline) ? now.plus(timeout) : deadline;
        currentWave++;
        List<Offer> offers = new ArrayList<>(interpreters.size());
        for (InterpreterId interpreterId : new LinkedHashSet<>(interpreters)) {
            offers.add(new Offer(reference, interpreterId, currentWave, now, expiresAt));
        }
        moveTo(BookingStatus.OFFERED, null, now);
        return offers;
    }

    /**
     * The interpreter of this offer accepts it and gets the booking. The returned assignment must be stored in the
     * same transaction: its unique booking reference is what makes a second winner impossible.
     *
     * @param by the accepting interpreter's subject, for the record
     * @throws ConflictException when someone else was first, the booking moved on, or the offer is not open
     */
    public Assignment acceptOffer(Offer offer, String by, Instant now) {
        if (!offer.booking().equals(reference)) {
            throw new IllegalArgumentException("Offer " + offer + " is not for booking " + reference);
        }
        if (status == BookingStatus.ASSIGNED || status == BookingStatus.IN_PROGRESS
                || status == BookingStatus.COMPLETED) {
            throw new ConflictException("taken", "Another interpreter accepted booking " + reference + " first.");
        }
        String who = ValidationException.requireText(by, "by", "Who accepts is missing.");
        requireStatus("be accepted", BookingStatus.OFFERED);
        offer.accept(now);
        this.interpreter = offer.interpreter();
        moveTo(BookingStatus.ASSIGNED, null, now);
        return new Assignment(this, offer.interpreter(), offer.id().map(OfferId::value).orElse(null),
                who, null, false, now);
    }

    /**
     * A coordinator assigns an interpreter by hand. Checking the matching rules is the caller's business: with
     * {@code override} the coordinator says it knowingly breaks one, and the assignment records that.
     *
     * @param by the coordinator's subject
     * @param reason why this interpreter, always required
     */
    public Assignment assign(InterpreterId interpreterId, String by, String reason, boolean override, Instant now) {
        ValidationException.requirePresent(interpreterId, "interpreterId", "Say which interpreter to assign.");
        String who = ValidationException.requireText(by, "by", "Who assigns is missing.");
        String why = requireReason(reason, "An assignment by hand needs a reason, for the record.");
        requireStatus("be assigned", BookingStatus.OPEN, BookingStatus.OFFERED);
        requireNow(now);
        this.interpreter = interpreterId;
        moveTo(BookingStatus.ASSIGNED, why, now);
        return new Assignment(this, interpreterId, null, who, why, override, now);
    }

    /** The first participant enters a remote session's room: the session begins. */
    public void start(Instant now) {
        requireStatus("start", BookingStatus.ASSIGNED);
        moveTo(BookingStatus.IN_PROGRESS, null, requireNow(now));
        checkedInAt = now;
    }

    /**
     * The requester ends a remote session: it is over and confirmed at once, and its actual end is now. The caller
     * ends the assignment ({@link Assignment#end}) with {@link #actualEnd()}.
     */
    public void complete(Instant now) {
        requireStatus("be completed", BookingStatus.IN_PROGRESS);
        requireNow(now);
        checkedOutAt = now;
        confirmedAt = now;
        moveTo(BookingStatus.COMPLETED, null, now);
    }

    /**
     * The assigned interpreter is there (on site) or ready (remote) and starts the work.
     *
     * @param at the actual start, no later than now and no earlier than {@link #CHECK_IN_OPENS_BEFORE} before the
     *            start
     * @throws ConflictException unless the booking is assigned, or when it is too early
     */
    public void checkIn(InterpreterId by, Instant at, Instant now) {
        requireAssignedTo(by);
        requireStatus("be checked into", BookingStatus.ASSIGNED);
        Instant when = actualTime(at, now, "at");
        if (when.isBefore(startsAt.minus(CHECK_IN_OPENS_BEFORE))) {
            throw new ConflictException("too-early", "Booking " + reference + " starts at " + startsAt + ": check in "
                    + "from " + CHECK_IN_OPENS_BEFORE.toMinutes() + " minutes before.");
        }
        checkedInAt = when;
        moveTo(BookingStatus.IN_PROGRESS, null, now);
    }

    /**
     * The assigned interpreter says the work is over: the booking waits for the requester's confirmation
     * ({@code ENDED_UNCONFIRMED}) and the interpreter is free from the actual end on.
     *
     * @param at the actual end, after the check-in and no later than now
     */
    public void checkOut(InterpreterId by, Instant at, Instant now) {
        requireAssignedTo(by);
        requireStatus("be checked out of", BookingStatus.IN_PROGRESS);
        Instant when = actualTime(at, now, "at");
        if (checkedInAt != null && !when.isAfter(checkedInAt)) {
            throw new ValidationException("at", "The end (" + when + ") must come after the check-in ("
                    + checkedInAt + ").");
        }
        checkedOutAt = when;
        moveTo(BookingStatus.ENDED_UNCONFIRMED, null, now);
    }

    /**
     * The requester confirms that the work was done. From {@code IN_PROGRESS} (the interpreter did not check out) the
     * actual end is now.
     */
    public void confirm(Instant now) {
        requireStatus("be confirmed", BookingStatus.ENDED_UNCONFIRMED, BookingStatus.IN_PROGRESS);
        requireNow(now);
        if (checkedOutAt == null) {
            checkedOutAt = status == BookingStatus.IN_PROGRESS ? now : null;
        }
        confirmedAt = now;
        moveTo(BookingStatus.COMPLETED, null, now);
    }

    /**
     * One side did not come: the requester reports the interpreter absent, the interpreter reports the requester's
     * side (the officer, the person) absent. Only from the scheduled start on, and before the work was checked out.
     * The interpreter is free from now on.
     *
     * @param reason what happened, for the record
     */
    public void reportNoShow(AbsentParty absent, String reason, Instant now) {
        ValidationException.requirePresent(absent, "party", "Say who did not come.");
        String why = requireReason(reason, "A no-show needs a few words on what happened.");
        requireNow(now);
        if (absent == AbsentParty.INTERPRETER) {
            requireStatus("have its interpreter reported absent", BookingStatus.ASSIGNED);
        } else {
            requireStatus("have a no-show reported", BookingStatus.ASSIGNED, BookingStatus.IN_PROGRESS);
        }
        if (now.isBefore(startsAt)) {
            throw new ConflictException("too-early", "Booking " + reference + " starts at " + startsAt
                    + ": a no-show can be reported from then on.");
        }
        absentParty = absent;
        moveTo(BookingStatus.NO_SHOW, why, now);
    }

    /**
     * Saphan's clock: nobody checked in, or out, {@link #END_GRACE} after the scheduled end. The booking is marked
     * {@code ENDED_UNCONFIRMED}, for the requester to confirm and coordinators to follow up.
     *
     * @return false when the booking is not due (another status, or still within the grace)
     */
    public boolean endUnconfirmed(Instant now) {
        requireNow(now);
        if ((status != BookingStatus.ASSIGNED && status != BookingStatus.IN_PROGRESS) || !isPastEndGrace(now)) {
            return false;
        }
        String why = status == BookingStatus.ASSIGNED
                ? "Nobody checked in; the scheduled time is over."
                : "Nobody checked out; the scheduled time is over.";
        moveTo(BookingStatus.ENDED_UNCONFIRMED, why, now);
        return true;
    }

    public boolean isPastEndGrace(Instant now) {
        return !now.isBefore(window().end().plus(END_GRACE));
    }

    /**
     * When the work actually ended, if it ended before the scheduled end is of interest: a check-out, a remote
     * session ended, a no-show (the moment it was reported).
     */
    public Optional<Instant> actualEnd() {
        if (checkedOutAt != null) {
            return Optional.of(checkedOutAt);
        }
        return status == BookingStatus.NO_SHOW ? Optional.of(statusChangedAt) : Optional.empty();
    }

    public Optional<Instant> checkedInAt() {
        return Optional.ofNullable(checkedInAt);
    }

    public Optional<Instant> checkedOutAt() {
        return Optional.ofNullable(checkedOutAt);
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    /** Who did not come, for a {@code NO_SHOW}. */
    public Optional<AbsentParty> absentParty() {
        return Optional.ofNullable(absentParty);
    }

    private void requireAssignedTo(InterpreterId by) {
        if (by == null || !by.equals(interpreter)) {
            throw new ConflictException(ConflictException.WRONG_STATE, "Booking " + reference
                    + " is not assigned to you.");
        }
    }

    /** An actual time given by a person: now when not given, never in the future. */
    private static Instant actualTime(Instant at, Instant now, String field) {
        requireNow(now);
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plusSeconds(60))) {
            throw new ValidationException(field, "The time (" + at + ") is in the future; give the actual time.");
        }
        return at.isAfter(now) ? now : at;
    }

    /**
     * Calls the booking off. The caller withdraws its open offers ({@link #withdrawOpenOffers}) and releases its
     * assignment, if any, so the interpreter is free again.
     */
    public void cancel(String reason, Instant now) {
        String why = requireReason(reason, "A cancellation needs a reason.");
        if (status.isFinal() || status == BookingStatus.ENDED_UNCONFIRMED) {
            throw wrongState("be cancelled");
        }
        moveTo(BookingStatus.CANCELLED, why, requireNow(now));
    }

    /** Nobody took the booking in time, or nobody qualified was found. */
    public void markUnfilled(Instant now) {
        requireStatus("be marked unfilled", BookingStatus.OPEN, BookingStatus.OFFERED);
        moveTo(BookingStatus.UNFILLED, "No interpreter took the booking in time.", requireNow(now));
    }

    /**
     * Withdraws those of the given offers that belong to this booking and are still open, other than the one
     * accepted, and returns them so that their interpreters can be told.
     */
    public List<Offer> withdrawOpenOffers(Collection<Offer> offers, Instant now) {
        List<Offer> withdrawn = new ArrayList<>();
        for (Offer offer : offers) {
            if (offer.booking().equals(reference) && offer.isOpen()) {
                offer.withdraw(now);
                withdrawn.add(offer);
            }
        }
        return withdrawn;
    }

    /**
     * After the retention period, what could lead back to the person or the place goes: the place, the note, the
     * requester's contact, the parties and the reason typed for the last change. The booking itself stays, with its
     * case code (already a pseudonym), times and status, so that the confidentiality log still points at something.
     *
     * @return false when it was pseudonymised already
     * @throws ConflictException while the booking is still open, offered, assigned or in progress
     */
    public boolean pseudonymise(Instant now) {
        if (pseudonymisedAt != null) {
            return false;
        }
        if (!status.isFinal() && status != BookingStatus.ENDED_UNCONFIRMED) {
            throw new ConflictException(ConflictException.WRONG_STATE, "Booking " + reference + " is " + status
                    + ": only finished bookings are pseudonymised.");
        }
        place = null;
        noteForInterpreter = null;
        requesterContact = null;
        parties.clear();
        statusReason = null;
        pseudonymisedAt = requireNow(now);
        return true;
    }

    public Optional<Instant> pseudonymisedAt() {
        return Optional.ofNullable(pseudonymisedAt);
    }

    /**
     * The last moment an interpreter can still be found: the start of a scheduled booking, or a while after the start
     * of an immediate one.
     */
    public Instant fillDeadline() {
        return urgency == Urgency.IMMEDIATE ? startsAt.plus(IMMEDIATE_FILL_WINDOW) : startsAt;
    }

    public boolean isPastFillDeadline(Instant now) {
        return !now.isBefore(fillDeadline());
    }

    /** Whether requesters of this agency may see the booking. */
    public boolean belongsTo(String agency) {
        return requesterAgency.equals(agency);
    }

    public boolean isAssignedTo(InterpreterId interpreterId) {
        return interpreter != null && interpreter.equals(interpreterId);
    }

    private void requireStatus(String action, BookingStatus... allowed) {
        for (BookingStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw wrongState(action);
    }

    private ConflictException wrongState(String action) {
        return new ConflictException(ConflictException.WRONG_STATE, "Booking " + reference + " is " + status
                + ", so it cannot " + action + ".");
    }

    private void moveTo(BookingStatus next, String reason, Instant now) {
        this.status = next;
        this.statusReason = reason;
        this.statusChangedAt = now;
    }

    private static String requireReason(String reason, String message) {
        String why = ValidationException.requireText(reason, "reason", message);
        return ValidationException.requireAtMost(why, MAX_REASON, "reason", "The reason");
    }

    private static Instant requireNow(Instant now) {
        if (now == null) {
            throw new IllegalArgumentException("now");
        }
        return now;
    }

    /** The database id, for joins; empty until stored. Everything else uses the reference. */
    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public BookingReference reference() {
        return reference;
    }

    public Requester requester() {
        return new Requester(requesterAgency, requesterSubject);
    }

    public String agency() {
        return requesterAgency;
    }

    public Optional<String> requesterContact() {
        return Optional.ofNullable(requesterContact);
    }

    public Purpose purpose() {
        return purpose;
    }

    public Mode mode() {
        return mode;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Instant start() {
        return startsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public TimeWindow window() {
        return TimeWindow.ofMinutes(startsAt, durationMinutes);
    }

    public LanguagePair languages() {
        return new LanguagePair(personLanguage, otherLanguage);
    }

    public Optional<Province> province() {
        return Optional.ofNullable(province);
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<GenderNeed> interpreterGender() {
        return interpreterGender == null
                ? Optional.empty()
                : Optional.of(new GenderNeed(interpreterGender, interpreterGenderRequired));
    }

    public Optional<Specialisation> specialisation() {
        return Optional.ofNullable(specialisation);
    }

    public boolean personIsMinor() {
        return personIsMinor;
    }

    public CaseCode caseCode() {
        return caseCode;
    }

    public Optional<String> noteForInterpreter() {
        return Optional.ofNullable(noteForInterpreter);
    }

    public Set<Party> parties() {
        return Set.copyOf(parties);
    }

    public BookingStatus status() {
        return status;
    }

    /** The cancellation reason, the reason for a hand assignment, or why it is unfilled. */
    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** How many waves of offers went out; 0 before the first. */
    public int currentWave() {
        return currentWave;
    }

    public Optional<InterpreterId> interpreter() {
        return Optional.ofNullable(interpreter);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Booking that && reference.equals(that.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return "Booking " + reference + " " + status;
    }
}
