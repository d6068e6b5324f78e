package org.saphan.domain.model.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.model.shared.ValidationException;

/**
 * The one interpreter a booking got, and the time it blocks in that interpreter's calendar.
 * <p>
 * Made by {@link Booking#acceptOffer} or {@link Booking#assign} and stored in the same transaction. The database
 * holds at most one per booking (a unique constraint on the booking reference), so when many interpreters accept at
 * once, exactly one insert succeeds, even across servers; the repository turns the others' failure into a
 * {@link ConflictException}. It is released when the booking is cancelled, which frees the interpreter's time; it is
 * never deleted, because matching reads past assignments for continuity on a case and for fairness.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    public static final int MAX_ASSIGNED_BY = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = BookingReference.JpaConverter.class)
    @Column(name = "booking_reference", nullable = false, updatable = false, length = BookingReference.MAX_LENGTH)
    private BookingReference booking;

    @Convert(converter = InterpreterId.JpaConverter.class)
    @Column(name = "interpreter_id", nullable = false, updatable = false)
    private InterpreterId interpreter;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "booking_mode", nullable = false, updatable = false, length = 16)
    private Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "province", updatable = false, length = 32)
    private Province province;

    @Convert(converter = CaseCode.JpaConverter.class)
    @Column(name = "case_code", nullable = false, updatable = false, length = CaseCode.MAX_LENGTH)
    private CaseCode caseCode;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = MAX_ASSIGNED_BY)
    private String assignedBy;

    @Column(name = "reason", updatable = false, length = Booking.MAX_REASON)
    private String reason;

    @Column(name = "override_used", nullable = false, updatable = false)
    private boolean overrideUsed;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "override_rule", updatable = false, length = 32)
    private String overrideRule;

    @Column(name = "override_reviewed_by", length = MAX_ASSIGNED_BY)
    private String overrideReviewedBy;

    @Column(name = "override_reviewed_at")
    private Instant overrideReviewedAt;

    @Column(name = "override_review_note", length = Booking.MAX_REASON)
    private String overrideReviewNote;

    /** For JPA only. */
    protected Assignment() {
    }

    Assignment(Booking booking, InterpreterId interpreter, Long offerId, String assignedBy, String reason,
            boolean overrideUsed, Instant now) {
        this.booking = booking.reference();
        this.interpreter = Objects.requireNonNull(interpreter, "interpreter");
        TimeWindow window = booking.window();
        this.startsAt = window.start();
        this.endsAt = window.end();
        this.mode = booking.mode();
        this.province = booking.province().orElse(null);
        this.caseCode = booking.caseCode();
        this.offerId = offerId;
        this.assignedBy = assignedBy.length() > MAX_ASSIGNED_BY
                ? assignedBy.substring(0, MAX_ASSIGNED_BY)
                : assignedBy;
        this.reason = reason;
        this.overrideUsed = overrideUsed;
        this.assignedAt = Objects.requireNonNull(now, "now");
    }

    /** Frees the interpreter's time: the booking was cancelled. */
    public void release(Instant now) {
        if (releasedAt != null) {
            throw new ConflictException(ConflictException.WRONG_STATE, "The assignment of " + booking
                    + " was already released.");
        }
        releasedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The work ended before its scheduled end (a check-out, a session ended, a no-show): the interpreter is free from
     * {@code actualEnd} on. An end at or after the scheduled end changes nothing.
     */
    public void end(Instant actualEnd) {
        Objects.requireNonNull(actualEnd, "actualEnd");
        if (actualEnd.isBefore(endsAt)) {
            endedAt = actualEnd.isAfter(startsAt) ? actualEnd : startsAt;
        }
    }

    /**
     * A second coordinator reviews a hand assignment made with an override.
     *
     * @param by the reviewing coordinator's subject, never the one who assigned
     * @throws ConflictException when there was no override, it was reviewed already, or the reviewer assigned it
     */
    public void reviewOverride(String by, String note, Instant now) {
        if (!overrideUsed) {
            throw new ConflictException(ConflictException.WRONG_STATE, "The assignment of " + booking
                    + " used no override: there is nothing to review.");
        }
        if (overrideReviewedAt != null) {
            throw new ConflictException("already-reviewed", "The override on " + booking + " was already reviewed.");
        }
        if (assignedBy.equals(by)) {
            throw new ConflictException("same-coordinator", "You made this override; another coordinator reviews "
                    + "it.");
        }
        overrideReviewedBy = by;
        overrideReviewNote = ValidationException.requireAtMost(ValidationException.optionalText(note),
                Booking.MAX_REASON, "note", "The note");
        overrideReviewedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Records which matching rule the override set aside, as the matcher names it; called right after a hand
     * assignment with an override.
     */
    public void overriding(String rule) {
        if (!overrideUsed) {
            throw new IllegalStateException("no override on " + booking);
        }
        overrideRule = rule;
    }

    public Optional<String> overrideRule() {
        return Optional.ofNullable(overrideRule);
    }

    public Optional<String> overrideReviewedBy() {
        return Optional.ofNullable(overrideReviewedBy);
    }

    public Optional<Instant> overrideReviewedAt() {
        return Optional.ofNullable(overrideReviewedAt);
    }

    public Optional<String> overrideReviewNote() {
        return Optional.ofNullable(overrideReviewNote);
    }

    /** The actual end, when the work ended before its scheduled end. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /**
     * Whether it blocks any of the interpreter's time: not released, and not ended before its scheduled start (a
     * session called off as soon as it opened).
     */
    public boolean blocksTime() {
        return isActive() && (endedAt == null || endedAt.isAfter(startsAt));
    }

    /** Whether it still blocks the interpreter's time. */
    public boolean isActive() {
        return releasedAt == null;
    }

    /** The time it blocks: from the start to the actual end if the work ended early, else the scheduled end. */
    public TimeWindow window() {
        return TimeWindow.between(startsAt, endedAt != null && endedAt.isAfter(startsAt) ? endedAt : endsAt);
    }

    public BookingReference booking() {
        return booking;
    }

    public InterpreterId interpreter() {
        return interpreter;
    }

    public Mode mode() {
        return mode;
    }

    public Optional<Province> province() {
        return Optional.ofNullable(province);
    }

    public CaseCode caseCode() {
        return caseCode;
    }

    /** The accepted offer; empty for an assignment by hand. */
    public Optional<OfferId> offer() {
        return offerId == null ? Optional.empty() : Optional.of(new OfferId(offerId));
    }

    public String assignedBy() {
        return assignedBy;
    }

    /** Why a coordinator chose this interpreter; empty when an offer was accepted. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** Whether a coordinator knowingly broke a matching rule; audited as such. */
    public boolean overrideUsed() {
        return overrideUsed;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Optional<Instant> releasedAt() {
        return Optional.ofNullable(releasedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignment that && booking.equals(that.booking);
    }

    @Override
    public int hashCode() {
        return booking.hashCode();
    }

    @Override
    public String toString() {
        return "Assignment of " + booking + " to " + interpreter + (isActive() ? "" : " (released)");
    }
}
