package org.saphan.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The head of the chain: the last sequence and hash, in one row that every writer locks until its transaction ends,
 * so that entries get their places one after another, on every server. Names the chain for the signed checkpoints.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "chain_id", length = 36)
    private String chainId;

    /** For JPA only. */
    protected AuditHead() {
    }

    /** A new chain's head, before its first entry, as migration V4 writes its row. */
    public static AuditHead empty() {
        AuditHead head = new AuditHead();
        head.id = ID;
        head.lastHash = AuditChain.GENESIS;
        return head;
    }

    /** Seals the record as the next entry of the chain and moves the head to it. */
    public AuditEntry append(AuditRecord record, java.time.Instant now) {
        if (chainId == null) {
            chainId = UUID.randomUUID().toString();
        }
        AuditEntry entry = AuditEntry.seal(lastSequence + 1, now, record, lastHash);
        lastSequence = entry.sequence();
        lastHash = entry.hash();
        return entry;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }

    public java.util.Optional<String> chainId() {
        return java.util.Optional.ofNullable(chainId);
    }
}
