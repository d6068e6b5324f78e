package org.saphan.application.audit;

import java.time.Instant;
import org.saphan.domain.model.audit.FullWalk;

/**
 * A walk over the whole chain as coordinators see it: its state ({@code RUNNING}, {@code FINISHED}, {@code FAILED},
 * {@code INTERRUPTED}), who started it and when, the head it walks to, how far it got ({@code percent}), and, once
 * finished, whether the chain holds and the first entry that does not.
 */
public record FullWalkView(String state, String startedAt, String startedBy, long upTo, long checked, int percent,
        Boolean valid, Long firstInvalid, String problem, String finishedAt) {

    public static FullWalkView of(FullWalk w, Instant now) {
        FullWalk.State state = w.state(now);
        int percent = state == FullWalk.State.FINISHED || w.upTo() == 0
                ? 100
                : (int) Math.min(100, w.checked() * 100 / w.upTo());
        return new FullWalkView(state.name(), w.startedAt().toString(), w.startedBy(), w.upTo(), w.checked(),
                percent, w.valid().orElse(null), w.firstInvalid().orElse(null), w.problem().orElse(null),
                w.finishedAt().map(Instant::toString).orElse(null));
    }
}
