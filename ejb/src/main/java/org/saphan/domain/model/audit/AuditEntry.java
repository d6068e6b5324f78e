package org.saphan.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the confidentiality log. Its life cycle is short: it is sealed once, with its place in the chain (the
 * sequence and the previous entry's hash) and its own hash, in the transaction of the act it records, and never changes
 * afterwards. There are no setters; the database refuses changes too (on MariaDB, by triggers).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.range", query = "SELECT e FROM AuditEntry e WHERE e.sequence > :after "
        + "AND e.sequence <= :upTo ORDER BY e.sequence")
public class AuditEntry {

    @Id
    @Column(name = "seq", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", nullable = false, updatable = false, length = 128)
    private String actorSubject;

    @Column(name = "actor_username", updatable = false, length = 128)
    private String actorUsername;

    @Column(name = "actor_role", updatable = false, length = 64)
    private String actorRole;

    @Column(name = "actor_agency", updatable = false, length = 64)
    private String actorAgency;

    @Column(name = "action", nullable = false, updatable = false, length = 48)
    private String action;

    @Column(name = "object_type", updatable = false, length = 32)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 64)
    private String objectId;

    @Column(name = "object_ids", updatable = false)
    private String objectIds;

    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    private String outcome;

    @Column(name = "reason", updatable = false, length = AuditRecord.MAX_REASON)
    private String reason;

    @Column(name = "request_id", updatable = false, length = 64)
    private String requestId;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    /** For JPA only. */
    protected AuditEntry() {
    }

    private AuditEntry(long sequence, Instant occurredAt, AuditRecord r, String previousHash) {
        this.sequence = sequence;
        // the database keeps milliseconds: the hash covers exactly what is stored
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actorSubject = r.actor().subject();
        this.actorUsername = r.actor().username();
        this.actorRole = r.actor().role();
        this.actorAgency = r.actor().agency();
        this.action = r.action().name();
        this.objectType = r.objectType();
        this.objectId = r.objectId();
        this.objectIds = r.objectIds().isEmpty() ? null : String.join(",", r.objectIds());
        this.outcome = r.outcome().name();
        this.reason = r.reason();
        this.requestId = r.requestId();
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.hash = AuditChain.hashOf(this);
    }

    /** The entry that follows the one whose hash is {@code previousHash}, at {@code sequence}. */
    public static AuditEntry seal(long sequence, Instant occurredAt, AuditRecord record, String previousHash) {
        if (sequence < 1) {
            throw new IllegalArgumentException("the chain starts at 1");
        }
        return new AuditEntry(sequence, occurredAt, record, previousHash);
    }

    /** Whether the stored hash is what the content and the previous hash give. */
    public boolean isIntact() {
        return AuditChain.hashOf(this).equals(hash);
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String actorRole() {
        return actorRole;
    }

    public String actorAgency() {
        return actorAgency;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    /** The references a list showed, comma-separated; null when none. */
    public String objectIds() {
        return objectIds;
    }

    public String outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String requestId() {
        return requestId;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEntry e && e.sequence == sequence && Objects.equals(e.hash, hash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence);
    }

    @Override
    public String toString() {
        return "AuditEntry[" + sequence + " " + action + " " + outcome + "]";
    }
}
