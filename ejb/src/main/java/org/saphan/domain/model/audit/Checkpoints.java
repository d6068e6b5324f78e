package org.saphan.domain.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed checkpoints of a chain, kept where whoever can rewrite the audit table cannot also rewrite them without
 * the key.
 */
public interface Checkpoints {

    /** Signs the head as it stands and keeps it. */
    void append(String chainId, long sequence, String hash, Instant at);

    /** Every checkpoint of the chain, in the order written, forged lines included (not signed). */
    List<Checkpoint> read(String chainId);

    /** The last checkpoint written, its signature checked ({@link Checkpoint#signed()} false: a forged line). */
    default Optional<Checkpoint> last(String chainId) {
        List<Checkpoint> all = read(chainId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
