package org.saphan.domain.model.audit;

import java.util.Optional;

/**
 * The walks over the whole chain, each written in a transaction of its own: a walk's progress is seen by everyone
 * while it runs, and a failed walk still leaves its record.
 */
public interface FullWalks {

    /**
     * Records a new running walk, unless another is running; an interrupted one is closed first.
     *
     * @return the new walk, or empty when another walk is running
     */
    Optional<FullWalk> begin(FullWalk walk);

    /** The walk started last. */
    Optional<FullWalk> latest();

    Optional<FullWalk> find(long id);

    /** Stores the walk's progress or its end, in a transaction of its own. */
    void store(FullWalk walk);
}
