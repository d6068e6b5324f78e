package org.saphan.application.audit;

import org.saphan.domain.model.audit.Checkpoint;

/** A signed checkpoint as coordinators see it: the entry it vouches for, and when it was signed. */
public record CheckpointView(long sequence, String signedAt) {

    public static CheckpointView of(Checkpoint c) {
        return new CheckpointView(c.sequence(), c.at().toString());
    }
}
