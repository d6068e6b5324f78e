package org.saphan.domain.model.audit;

import java.time.Instant;

/**
 * A signed checkpoint of the chain's head, kept apart from the database.
 *
 * @param signed false when its signature does not match: a forged or edited line
 */
public record Checkpoint(long sequence, String hash, Instant at, boolean signed) {
}
