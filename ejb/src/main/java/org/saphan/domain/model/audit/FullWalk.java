package org.saphan.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A walk over the whole chain, from its first entry to the head as it stood when the walk began, compared with every
 * signed checkpoint. It runs in the background, because it reads every entry; its progress and its result are kept,
 * so that every coordinator on every server sees the same. A walk that stops reporting progress (its server stopped)
 * counts as interrupted, and another may start.
 */
@Entity
@Table(name = "audit_walk")
public class FullWalk {

    /** Where a walk is. */
    public enum State {
        RUNNING,
        /** Walked to its end: {@link FullWalk#valid()} says what it found. */
        FINISHED,
        /** Could not read on (the database went away): nothing is known of the chain from it. */
        FAILED,
        /** Its server stopped while it ran. */
        INTERRUPTED
    }

    /** A running walk reports at least this often; one silent for longer was interrupted. */
    public static final Duration SILENT_AFTER = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    /** 1 while running, null after: a unique index lets only one walk run, across servers. */
    @Column(name = "running")
    private Integer running;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 128)
    private String startedBy;

    @Column(name = "up_to", nullable = false)
    private long upTo;

    @Column(name = "up_to_hash", nullable = false, length = 64)
    private String upToHash;

    @Column(name = "checked", nullable = false)
    private long checked;

    @Column(name = "valid")
    private Boolean valid;

    @Column(name = "first_invalid")
    private Long firstInvalid;

    @Column(name = "problem", length = 300)
    private String problem;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** For JPA only. */
    protected FullWalk() {
    }

    /**
     * A walk up to the head as it stands now: its sequence and hash.
     *
     * @param startedBy the username (or subject) of the coordinator who asked for it
     */
    public static FullWalk start(String startedBy, long upTo, String upToHash, Instant now) {
        FullWalk w = new FullWalk();
        w.state = State.RUNNING.name();
        w.running = 1;
        w.startedBy = startedBy;
        w.upTo = upTo;
        w.upToHash = upToHash;
        w.startedAt = now;
        w.updatedAt = now;
        return w;
    }

    public void progress(long checkedSoFar, Instant now) {
        checked = checkedSoFar;
        updatedAt = now;
    }

    /** The walk reached its end; the verification says whether the chain holds. */
    public void finish(long checkedInAll, boolean chainValid, Long firstInvalidEntry, String why, Instant now) {
        checked = checkedInAll;
        valid = chainValid;
        firstInvalid = firstInvalidEntry;
        problem = why == null || why.length() <= 300 ? why : why.substring(0, 300);
        end(State.FINISHED, now);
    }

    /** The walk could not go on; {@code why} names the kind of failure, never data. */
    public void fail(String why, Instant now) {
        problem = why;
        end(State.FAILED, now);
    }

    /** Its server stopped while it ran: closed, so that another walk may start. */
    public void interrupted(Instant now) {
        end(State.INTERRUPTED, now);
    }

    private void end(State s, Instant now) {
        state = s.name();
        running = null;
        updatedAt = now;
        finishedAt = now;
    }

    /** The state as seen at {@code now}: a running walk silent for too long was interrupted. */
    public State state(Instant now) {
        State s = State.valueOf(state);
        return s == State.RUNNING && updatedAt.plus(SILENT_AFTER).isBefore(now) ? State.INTERRUPTED : s;
    }

    public long id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public long upTo() {
        return upTo;
    }

    public String upToHash() {
        return upToHash;
    }

    public long checked() {
        return checked;
    }

    public Optional<Boolean> valid() {
        return Optional.ofNullable(valid);
    }

    public Optional<Long> firstInvalid() {
        return Optional.ofNullable(firstInvalid);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
