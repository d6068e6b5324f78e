package org.saphan.application.audit;

/**
 * The answer of a verification inside the request: how many entries were checked, whether the chain holds from the
 * checkpoint it started from to the head, the first entry that does not, why, how many signed checkpoints were
 * compared and how long it took; then the checkpoint it started from (none: from the first entry), and the last walk
 * over the whole chain (none: never walked).
 */
public record VerifyReport(long entries, boolean valid, Long firstInvalid, String problem, int checkpoints,
        long millis, CheckpointView fromCheckpoint, FullWalkView fullWalk) {
}
