package org.saphan.application.audit;

/**
 * The answer of a verification: how many entries were checked, whether the whole chain holds, the first entry that
 * does not, why, and how many signed checkpoints were compared.
 */
public record VerifyReport(long entries, boolean valid, Long firstInvalid, String problem, int checkpoints,
        long millis) {
}
