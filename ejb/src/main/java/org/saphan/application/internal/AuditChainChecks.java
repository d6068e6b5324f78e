package org.saphan.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.saphan.domain.model.audit.AuditEntry;
import org.saphan.domain.model.audit.AuditHead;
import org.saphan.domain.model.audit.AuditLog;
import org.saphan.domain.model.audit.ChainVerification;
import org.saphan.domain.model.audit.Checkpoint;
import org.saphan.domain.model.audit.Checkpoints;

/**
 * The two ways of checking the chain. From the last signed checkpoint: reads only the entries written since, so it
 * takes as long as a few minutes of writing, whatever the log's size (the request's verify, and the checkpoint job
 * before it signs a new head). The whole chain: reads every entry and compares it with every checkpoint (the
 * background walk). Both also refuse a checkpoint file with a line whose signature does not match.
 */
@ApplicationScoped
public class AuditChainChecks {

    /** Entries read per query: one page held at a time. */
    static final int PAGE = 5_000;

    @Inject
    AuditLog log;

    @Inject
    Checkpoints checkpoints;

    /** For CDI only. */
    protected AuditChainChecks() {
    }

    /** Outside a container: a log and checkpoints of the test's own. */
    AuditChainChecks(AuditLog log, Checkpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    /**
     * What a check found.
     *
     * @param from the signed checkpoint it started from; empty when it started at the first entry
     * @param compared how many signed checkpoints the entries were compared with
     * @param headSequence the last sequence the check covers
     * @param headHash that entry's hash, as the head (or the walk's start) gave it
     */
    public record Result(ChainVerification chain, Optional<Checkpoint> from, int compared, Long badSignature,
            long headSequence, String headHash) {

        public boolean valid() {
            return chain.valid() && badSignature == null;
        }

        public Optional<Long> firstInvalid() {
            return chain.firstInvalid().or(() -> Optional.ofNullable(badSignature));
        }

        public Optional<String> problem() {
            return chain.problem().or(() -> Optional.ofNullable(badSignature)
                    .map(s -> "a checkpoint line has no valid signature: the checkpoint file was edited"));
        }
    }

    /** The head as it stands: the chain's end, and the name of its checkpoint file. */
    public AuditHead head() {
        return log.head().orElseThrow(() -> new IllegalStateException("the audit head row is missing"));
    }

    /**
     * Checks the entries from the last signed checkpoint to the head (from the first entry while no checkpoint is
     * signed yet). An entry changed, removed or inserted after that checkpoint is named; one before it, and a forged
     * checkpoint line before the last, are left to the whole walk.
     */
    public Result fromLastCheckpoint() {
        String chainId = head().chainId().orElse(null);
        Optional<Checkpoint> tail = chainId == null ? Optional.empty() : checkpoints.last(chainId);
        // only the file's last line, its signature checked; a forged last line has the whole file read, to name it
        // and to start from the last line that is signed
        Signed signed = tail.isPresent() && !tail.get().signed()
                ? signed(chainId, Long.MAX_VALUE)
                : new Signed(Map.of(), tail, null);
        // read after the checkpoints: a checkpoint is signed only once its head was committed, so this head is at or
        // beyond every checkpoint unless the log was cut
        AuditHead head = head();
        Optional<Checkpoint> last = signed.last();
        ChainVerification chain = last
                .map(c -> ChainVerification.fromCheckpoint(c.sequence(), c.hash()))
                .orElseGet(ChainVerification::new);
        walk(chain, last.map(c -> c.sequence() - 1).orElse(0L), head.lastSequence(), checked -> {
        });
        chain.finish(head.lastSequence(), head.lastHash());
        return new Result(chain, last, last.isPresent() ? 1 : 0, signed.badSignature(), head.lastSequence(),
                head.lastHash());
    }

    /**
     * Checks every entry from the first up to {@code upTo}, comparing each with the signed checkpoints.
     *
     * @param upToHash the hash of entry {@code upTo} as the head gave it when the walk began
     * @param progress told the number of entries checked after each page
     */
    public Result whole(String chainId, long upTo, String upToHash, LongConsumer progress) {
        Signed signed = signed(chainId, upTo);
        ChainVerification chain = new ChainVerification(signed.hashes());
        walk(chain, 0, upTo, progress);
        chain.finish(upTo, upToHash);
        return new Result(chain, Optional.empty(), signed.hashes().size(), signed.badSignature(), upTo, upToHash);
    }

    /**
     * Signs a verified head as a checkpoint, unless a checkpoint at or beyond it exists already. Call it only with a
     * head that a check has just found valid: a checkpoint vouches for everything before it.
     */
    public void signIfNewer(String chainId, long sequence, String hash, Instant now) {
        long last = checkpoints.last(chainId).map(Checkpoint::sequence).orElse(0L);
        if (sequence > last) {
            checkpoints.append(chainId, sequence, hash, now);
        }
    }

    private void walk(ChainVerification chain, long after, long upTo, LongConsumer progress) {
        long position = after;
        while (position < upTo) {
            List<AuditEntry> page = log.range(position, upTo, PAGE);
            if (page.isEmpty()) {
                return;
            }
            for (AuditEntry e : page) {
                if (!chain.accept(e)) {
                    return;
                }
                position = e.sequence();
            }
            progress.accept(chain.checked());
        }
    }

    /** The signed checkpoints up to a sequence, and the first line whose signature failed. */
    private record Signed(Map<Long, String> hashes, Optional<Checkpoint> last, Long badSignature) {
    }

    private Signed signed(String chainId, long upTo) {
        Map<Long, String> hashes = new HashMap<>();
        Checkpoint last = null;
        Long bad = null;
        if (chainId != null) {
            for (Checkpoint c : checkpoints.read(chainId)) {
                if (!c.signed()) {
                    bad = bad == null ? c.sequence() : bad;
                } else if (c.sequence() <= upTo) {
                    hashes.put(c.sequence(), c.hash());
                    last = last == null || c.sequence() > last.sequence() ? c : last;
                }
            }
        }
        return new Signed(hashes, Optional.ofNullable(last), bad);
    }
}
