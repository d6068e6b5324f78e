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

    private SnapshotList(CandidateSnapshot[] items, ProfileColumns columns) {
        if (items.length != columns.size()) {
            throw new IllegalArgumentException(items.length + " snapshots for " + columns.size() + " columns");
        }
        this.items = items;
        this.columns = columns;
    }

    /** These profiles, in this order, with their columns worked out (one pass over them). */
    public static SnapshotList of(List<CandidateSnapshot> profiles) {
        return new SnapshotList(profiles.toArray(new CandidateSnapshot[0]), ProfileColumns.of(profiles));
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
        for (int i = 0; i < array.length; i++) {
            // the same object, or a copy with facts: only then the columns still hold
            if (array[i] != items[i] && array[i].profileSource != items[i]) {
                throw new IllegalArgumentException("not the profile at " + i + ": " + array[i].id());
            }
        }
        return new SnapshotList(array, columns);
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
