package org.saphan.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.domain.service.SnapshotList;

/**
 * The matcher's profiles of the whole pool, kept in memory between bookings: who is active, speaks what, is vetted
 * until when, serves which provinces, works which hours, is away when, declared which conflicts, is on call. Only
 * profiles are kept, never answers: the rules that depend on time (vetting valid on the booking's day, absences,
 * weekly windows) are checked by the matcher for each booking, and the facts of the calendar (assignments, hours
 * worked, answer times, the case's history) are read for each booking.
 * <p>
 * <b>Kept right across nodes by the database.</b> Every change of an interpreter through the application raises
 * {@code coverage_pool_state.generation} and writes the raised value into the interpreter's {@code pool_generation},
 * in the same transaction ({@link JpaInterpreterRepository#store}). Each booking reads that one row first: when the
 * cache stands at an older generation, it reads again only the interpreters whose {@code pool_generation} is newer (by
 * index), and the whole pool when none is (a change made by SQL outside the application that raised the generation
 * alone) or when nothing is kept yet. The generation is read before the rows, and both a generation and its rows
 * commit together, so the rows read are at least as new as the generation the cache then claims; a row committed in
 * between is read again on the next change, which does no harm. A transaction that itself changed an interpreter
 * must not fill the cache with what it has not committed: {@link JpaCandidatePool} reads such a transaction's pool
 * from the database instead.
 * <p>
 * <b>Memory.</b> The profiles are bit masks and a few shared arrays (221 bytes an interpreter measured at 100,000,
 * columns included, see bench/README.md); above {@link #MAX_INTERPRETERS} nothing is kept and every booking reads its pool from the
 * database, as before the cache. Thread-safe: readers take the current state, which is immutable; one reload at a
 * time.
 */
public final class ProfileCache {

    /** The most interpreters kept: about 100 MB of heap at most (221 bytes each), far beyond the programme's pool. */
    public static final int MAX_INTERPRETERS = 500_000;

    /** Read by every booking: a primary key lookup. */
    static final String GENERATION = "SELECT s.generation FROM coverage_pool_state s WHERE s.id = 1";

    private static final Logger LOG = Logger.getLogger(ProfileCache.class.getName());

    private final int maxInterpreters;
    private final Object reloading = new Object();
    private volatile Profiles current;

    public ProfileCache() {
        this(MAX_INTERPRETERS);
    }

    ProfileCache(int maxInterpreters) {
        this.maxInterpreters = maxInterpreters;
    }

    /**
     * The whole pool's profiles, by id, at least as new as the generation the database has now (read through
     * {@code sql}, in the caller's transaction); empty when the pool is larger than the cache may hold.
     */
    public Optional<Profiles> profiles(CoverageQueries.Sql sql) {
        long generation = ((Number) sql.rows(GENERATION, List.of()).get(0)[0]).longValue();
        Profiles kept = current;
        if (kept != null && kept.generation >= generation) {
            return kept.tooMany ? Optional.empty() : Optional.of(kept);
        }
        synchronized (reloading) {
            kept = current;
            if (kept == null || kept.generation < generation) {
                kept = kept == null || kept.tooMany ? whole(sql, generation) : changed(sql, kept, generation);
                current = kept;
            }
        }
        return kept.tooMany ? Optional.empty() : Optional.of(kept);
    }

    /** Forgets everything: the next booking reads the whole pool again. */
    public void clear() {
        synchronized (reloading) {
            current = null;
        }
    }

    private Profiles whole(CoverageQueries.Sql sql, long generation) {
        long started = System.nanoTime();
        Number count = (Number) sql.rows("SELECT COUNT(*) FROM interpreter", List.of()).get(0)[0];
        if (count.longValue() > maxInterpreters) {
            LOG.warning(() -> "The pool has " + count + " interpreters, more than the " + maxInterpreters
                    + " the matcher's cache may hold: every booking reads its pool from the database.");
            return new Profiles(generation, List.of(), true);
        }
        Profiles read = new Profiles(generation, new ProfileRows(sql).all(), false);
        LOG.info(() -> "Matcher's profiles read whole at generation " + generation + ": " + read.size()
                + " interpreters in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return read;
    }

    private Profiles changed(CoverageQueries.Sql sql, Profiles kept, long generation) {
        List<Long> ids = new ProfileRows(sql).changedSince(kept.generation);
        if (ids.isEmpty()) {
            // raised by something that did not say who changed: only reading everyone again is safe
            return whole(sql, generation);
        }
        List<CandidateSnapshot> fresh = new ProfileRows(sql).of(ids);
        if (kept.size() + fresh.size() > maxInterpreters) {
            return whole(sql, generation);
        }
        LOG.fine(() -> "Matcher's profiles: " + fresh.size() + " read again for generation " + generation);
        return kept.with(generation, fresh);
    }

    /**
     * The profiles at one generation, sorted by id; immutable.
     */
    public static final class Profiles {

        final long generation;
        private final long[] ids;
        private final CandidateSnapshot[] profiles;
        /** The same profiles with their columns, which the matcher reads first. */
        private final SnapshotList list;
        final boolean tooMany;

        private Profiles(long generation, List<CandidateSnapshot> byId, boolean tooMany) {
            this(generation, byId.toArray(new CandidateSnapshot[0]), tooMany);
        }

        /** The same interpreters as {@code list}, which holds {@code byId} with its columns. */
        private Profiles(long generation, long[] ids, CandidateSnapshot[] byId, SnapshotList list) {
            this.generation = generation;
            this.ids = ids;
            this.profiles = byId;
            this.list = list;
            this.tooMany = false;
        }

        private Profiles(long generation, CandidateSnapshot[] byId, boolean tooMany) {
            this.generation = generation;
            this.profiles = byId;
            this.ids = new long[byId.length];
            for (int i = 0; i < byId.length; i++) {
                ids[i] = byId[i].id().value();
                if (i > 0 && ids[i] <= ids[i - 1]) {
                    throw new IllegalArgumentException("profiles must be sorted by id, each once");
                }
            }
            this.list = SnapshotList.of(Arrays.asList(byId));
            this.tooMany = tooMany;
        }

        /** A copy with these profiles replacing those of the same ids, or added in id order. */
        Profiles with(long newGeneration, List<CandidateSnapshot> fresh) {
            CandidateSnapshot[] merged = Arrays.copyOf(profiles, profiles.length);
            List<CandidateSnapshot> added = new ArrayList<>();
            int[] places = new int[fresh.size()];
            CandidateSnapshot[] replaced = new CandidateSnapshot[fresh.size()];
            int count = 0;
            for (CandidateSnapshot profile : fresh) {
                int at = Arrays.binarySearch(ids, profile.id().value());
                if (at >= 0) {
                    merged[at] = profile;
                    places[count] = at;
                    replaced[count++] = profile;
                } else {
                    added.add(profile);
                }
            }
            if (added.isEmpty()) {
                // the same interpreters: patch the columns instead of working them out over the whole pool again
                return new Profiles(newGeneration, ids, merged,
                        list.withReplaced(Arrays.copyOf(places, count), Arrays.copyOf(replaced, count)));
            }
            int before = merged.length;
            merged = Arrays.copyOf(merged, before + added.size());
            for (int i = 0; i < added.size(); i++) {
                merged[before + i] = added.get(i);
            }
            Arrays.sort(merged, (a, b) -> Long.compare(a.id().value(), b.id().value()));
            return new Profiles(newGeneration, merged, false);
        }

        public long generation() {
            return generation;
        }

        public int size() {
            return profiles.length;
        }

        /** Every profile, by id, with their columns; immutable, not a copy. */
        public SnapshotList all() {
            return list;
        }

        /** The profile of one interpreter, if kept. */
        public Optional<CandidateSnapshot> of(long id) {
            int at = Arrays.binarySearch(ids, id);
            return at >= 0 ? Optional.of(profiles[at]) : Optional.empty();
        }
    }
}
