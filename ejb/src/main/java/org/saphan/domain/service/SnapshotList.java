package org.saphan.domain.service;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A pool of snapshots with its {@link ProfileColumns}, which the matcher reads before the snapshots themselves. Made
 * once for a cache's profiles ({@link #of}), and for each booking from the same profiles in the same order with the
 * booking's facts added ({@link #withSameProfiles}), sharing the columns. Immutable.
 */
public final class SnapshotList extends AbstractList<CandidateSnapshot> implements RandomAccess {

    private final CandidateSnapshot[] items;
    final ProfileColumns columns;
    /**
     * Per candidate: its snapshot holds no assignments and no case exclusion, so that the columns decide every rule
     * for it (the snapshot is then read only to score it, if it qualifies).
     */
    final boolean[] bare;

    private SnapshotList(CandidateSnapshot[] items, ProfileColumns columns, boolean[] bare) {
        if (items.length != columns.size() || bare.length != items.length) {
            throw new IllegalArgumentException(items.length + " snapshots for " + columns.size() + " columns");
        }
        this.items = items;
        this.columns = columns;
        this.bare = bare;
    }

    /** These profiles, in this order, with their columns worked out (one pass over them). */
    public static SnapshotList of(List<CandidateSnapshot> profiles) {
        CandidateSnapshot[] items = profiles.toArray(new CandidateSnapshot[0]);
        boolean[] bare = new boolean[items.length];
        for (int i = 0; i < items.length; i++) {
            bare[i] = isBare(items[i]);
        }
        return new SnapshotList(items, ProfileColumns.of(profiles), bare);
    }

    private static boolean isBare(CandidateSnapshot c) {
        return c.busy.length == 0 && !c.excludedForCase;
    }

    /**
     * Snapshots of the same interpreters as this list's, in the same order and with the same profiles (each one of
     * this list's, or made from it by {@link CandidateSnapshot#withFacts}), sharing this list's columns.
     *
     * @throws IllegalArgumentException when an interpreter differs at some place
     */
    public SnapshotList withSameProfiles(List<CandidateSnapshot> snapshots) {
        CandidateSnapshot[] array = snapshots.toArray(new CandidateSnapshot[0]);
        if (array.length != items.length) {
            throw new IllegalArgumentException(array.length + " snapshots for " + items.length + " profiles");
        }
        boolean[] bareNow = new boolean[array.length];
        for (int i = 0; i < array.length; i++) {
            if (array[i] == items[i]) {
                bareNow[i] = bare[i];
                continue;
            }
            // a copy with facts: only then the columns still hold
            if (array[i].profileSource != items[i]) {
                throw new IllegalArgumentException("not the profile at " + i + ": " + array[i].id());
            }
            bareNow[i] = isBare(array[i]);
        }
        return new SnapshotList(array, columns, bareNow);
    }

    /**
     * This list with the snapshots at {@code at} replaced by {@code fresh} (the same interpreters, changed): a
     * cache's update after a few changes, which copies the columns rather than working them out over the whole pool.
     */
    public SnapshotList withReplaced(int[] at, CandidateSnapshot[] fresh) {
        if (at.length != fresh.length) {
            throw new IllegalArgumentException(at.length + " places for " + fresh.length + " snapshots");
        }
        CandidateSnapshot[] patched = items.clone();
        boolean[] barePatched = bare.clone();
        for (int k = 0; k < at.length; k++) {
            if (!patched[at[k]].id().equals(fresh[k].id())) {
                throw new IllegalArgumentException("not the same interpreter at " + at[k] + ": " + fresh[k].id());
            }
            patched[at[k]] = fresh[k];
            barePatched[at[k]] = isBare(fresh[k]);
        }
        return new SnapshotList(patched, columns.with(at, fresh), barePatched);
    }

    @Override
    public CandidateSnapshot get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
