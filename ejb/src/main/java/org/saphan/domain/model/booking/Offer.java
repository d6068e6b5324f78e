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
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.ValidationException;

/**
 * A booking offered to one interpreter.
 * <p>
 * {@link Booking#offerTo} makes it {@code OPEN}, in a numbered wave, until it expires. The interpreter accepts it
 * (through {@link Booking#acceptOffer}, so that the booking is assigned in the same step) or declines it, with an
 * optional reason. When someone else accepts first, or the booking is cancelled or assigned by hand, it is
 * {@code WITHDRAWN}; when its time runs out unanswered, {@code EXPIRED}. Only an open offer changes. An interpreter
 * gets at most one offer per booking, so two offers are the same when booking and interpreter are.
 */
@Entity
@Table(name = "offer")
public class Offer {

    public static final int MAX_REASON = 500;
    /** Offer ids a server takes at a time: a wave of an immediate booking needs one block, not one id each. */
    public static final int ID_BLOCK = 500;

    /**
     * Taken from blocks of {@link #ID_BLOCK} ids (table {@code id_block}, migration V17) rather than from the
     * column's AUTO_INCREMENT: an id known before the INSERT is what lets a wave of 200 offers go to the database
     * as one JDBC batch instead of 200 statements, each waiting for its generated key. Ids are unique, not
     * ordered in time across servers: order by wave, then id.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "offer-ids")
    @TableGenerator(name = "offer-ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_val", pkColumnValue = "offer", allocationSize = ID_BLOCK)
    private Long id;

    @Convert(converter = BookingReference.JpaConverter.class)
    @Column(name = "booking_reference", nullable = false, updatable = false, length = BookingReference.MAX_LENGTH)
    private BookingReference booking;

    @Convert(converter = InterpreterId.JpaConverter.class)
    @Column(name = "interpreter_id", nullable = false, updatable = false)
    private InterpreterId interpreter;

    @Column(name = "wave", nullable = false, updatable = false)
    private int wave;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OfferStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "decline_reason", length = MAX_REASON)
    private String declineReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Offer() {
    }

    Offer(BookingReference booking, InterpreterId interpreter, int wave, Instant now, Instant expiresAt) {
        this.booking = Objects.requireNonNull(booking, "booking");
        this.interpreter = Objects.requireNonNull(interpreter, "interpreter");
        this.wave = wave;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.status = OfferStatus.OPEN;
    }

    /** Package-private on purpose: the booking accepts, so that offer and booking change together. */
    void accept(Instant now) {
        requireOpen(now);
        if (isExpiredAt(now)) {
            throw new ConflictException("offer-expired", "This offer expired at " + expiresAt + ".");
        }
        answer(OfferStatus.ACCEPTED, now);
    }

    /** The interpreter says no; the reason is optional and only for coordinators. */
    public void decline(String reason, Instant now) {
        String why = ValidationException.requireAtMost(ValidationException.optionalText(reason), MAX_REASON, "reason",
                "The reason");
        requireOpen(now);
        declineReason = why;
        answer(OfferStatus.DECLINED, now);
    }

    /** Takes the offer back: someone else accepted, or the booking was cancelled or assigned by hand. */
    public void withdraw(Instant now) {
        requireOpen(now);
        status = OfferStatus.WITHDRAWN;
    }

    /** Closes an offer whose time ran out unanswered, so that the next wave can go. */
    public void expire(Instant now) {
        requireOpen(now);
        if (!isExpiredAt(now)) {
            throw new ConflictException(ConflictException.WRONG_STATE, "This offer runs until " + expiresAt
                    + ": it cannot expire yet.");
        }
        status = OfferStatus.EXPIRED;
    }

    private void requireOpen(Instant now) {
        Objects.requireNonNull(now, "now");
        switch (status) {
            case OPEN :
                return;
            case WITHDRAWN :
                throw new ConflictException("taken", "This offer was withdrawn: the booking was taken or called off.");
            case EXPIRED :
                throw new ConflictException("offer-expired", "This offer expired at " + expiresAt + ".");
            default :
                throw new ConflictException(ConflictException.WRONG_STATE, "This offer was already answered ("
                        + status + ").");
        }
    }

    private void answer(OfferStatus answer, Instant now) {
        status = answer;
        answeredAt = now;
    }

    public boolean isOpen() {
        return status == OfferStatus.OPEN;
    }

    /** Whether the offer's time has run out at {@code now}, whatever its status. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** How long the interpreter took to answer, once it did: feeds the "answers fast" ranking. */
    public Optional<Duration> answerTime() {
        return answeredAt == null ? Optional.empty() : Optional.of(Duration.between(createdAt, answeredAt));
    }

    /** Empty until stored. */
    public Optional<OfferId> id() {
        return id == null ? Optional.empty() : Optional.of(new OfferId(id));
    }

    public BookingReference booking() {
        return booking;
    }

    public InterpreterId interpreter() {
        return interpreter;
    }

    public int wave() {
        return wave;
    }

    public OfferStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Offer that && booking.equals(that.booking) && interpreter.equals(that.interpreter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(booking, interpreter);
    }

    @Override
    public String toString() {
        return "Offer of " + booking + " to " + interpreter + " " + status;
    }
}
