package org.saphan.domain.model.audit;

import java.util.Map;
import java.util.Optional;

/**
 * Walks the chain entry by entry and remembers the first that does not fit: a sequence out of order or missing, a
 * previous hash that is not the hash before it, or a stored hash that is not what the content gives. It walks either
 * from the first entry (the genesis hash before it) or from a signed checkpoint: then the checkpoint's entry is
 * trusted through its signed hash instead of through the entries before it, so that only what came after it is read.
 */
public final class ChainVerification {

    private final Map<Long, String> checkpoints;
    private long expectedSequence = 1;
    /** Null only before the first entry of a walk from a checkpoint: that entry's link is vouched for by the signature. */
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private Long firstInvalid;
    private String problem;

    public ChainVerification() {
        this(Map.of());
    }

    /**
     * @param checkpoints sequence to hash, from the signed checkpoints kept outside the database: a chain rewritten
     *     consistently from some point on still differs from them
     */
    public ChainVerification(Map<Long, String> checkpoints) {
        this.checkpoints = Map.copyOf(checkpoints);
    }

    /**
     * A walk that starts at a signed checkpoint's entry: that entry must be intact and carry the signed hash, and every
     * entry after it must chain on. What lies before the checkpoint is left to a walk from the start.
     */
    public static ChainVerification fromCheckpoint(long sequence, String hash) {
        ChainVerification v = new ChainVerification(Map.of(sequence, hash));
        v.expectedSequence = sequence;
        v.previousHash = null;
        return v;
    }

    /** Takes the next entry in sequence order; returns false once the chain is broken (nothing after it counts). */
    public boolean accept(AuditEntry e) {
        if (firstInvalid != null) {
            return false;
        }
        checked++;
        if (e.sequence() != expectedSequence) {
            return broken(e.sequence(), e.sequence() > expectedSequence
                    ? "entries " + expectedSequence + " to " + (e.sequence() - 1) + " are missing"
                    : "sequence " + e.sequence() + " is out of order");
        }
        if (previousHash != null && !previousHash.equals(e.previousHash())) {
            return broken(e.sequence(), "its previous hash is not the hash of entry " + (e.sequence() - 1));
        }
        if (!e.isIntact()) {
            return broken(e.sequence(), "its content does not match its hash");
        }
        String signed = checkpoints.get(e.sequence());
        if (signed != null && !signed.equals(e.hash())) {
            return broken(e.sequence(), "its hash differs from the signed checkpoint");
        }
        previousHash = e.hash();
        expectedSequence++;
        return true;
    }

    /**
     * The chain must end at the head: entries removed from the end are found here, and so is a log cut back below a
     * signed checkpoint (the first missing sequence is named).
     */
    public void finish(long headSequence, String headHash) {
        if (firstInvalid != null) {
            return;
        }
        long signedUpTo = checkpoints.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        if (signedUpTo > headSequence) {
            broken(headSequence + 1, "a signed checkpoint covers entries up to " + signedUpTo + ": the log was cut");
        } else if (expectedSequence - 1 != headSequence || !headHash.equals(previousHash)) {
            broken(expectedSequence, "the chain ends at " + (expectedSequence - 1) + " but its head says "
                    + headSequence);
        }
    }

    private boolean broken(long sequence, String why) {
        firstInvalid = sequence;
        problem = "entry " + sequence + ": " + why;
        return false;
    }

    public long checked() {
        return checked;
    }

    public boolean valid() {
        return firstInvalid == null;
    }

    public Optional<Long> firstInvalid() {
        return Optional.ofNullable(firstInvalid);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The hash of the last entry that checked out. */
    public String lastGoodHash() {
        return previousHash;
    }

    public long lastGoodSequence() {
        return expectedSequence - 1;
    }
}
