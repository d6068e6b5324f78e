package org.saphan.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.casework.CaseExclusion;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.service.CandidatePool;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.domain.service.CoarseRules;
import org.saphan.domain.service.MatchNeeds;
import org.saphan.domain.service.SnapshotList;
import org.saphan.infrastructure.config.MatchingSettings;

/**
 * The pool of one booking as matcher snapshots: the profiles from the {@link ProfileCache} (the whole pool in memory,
 * read again only where the database's generation says it changed), the facts of the booking and the calendar from
 * the database (assignments near the booking, the last 14 days, the case's history and exclusions, answer times). For
 * offers and counts the cache's profiles are first cut down, in memory, by the rules the coarse filter checks
 * ({@link CoarseRules}), and the calendar is read for those kept only. When the cache cannot serve (a transaction
 * that itself changed an interpreter, or a pool larger than the cache may hold), the profiles are read from the
 * database: for offers only those the database's coarse filter keeps ({@link CoarseFilter}), by index.
 */
@ApplicationScoped
public class JpaCandidatePool implements CandidatePool {

    private static final Duration FAIRNESS_PERIOD = Duration.ofDays(14);
    private static final Duration ANSWER_HISTORY = Duration.ofDays(90);
    /** Interpreters per statement when reading the facts that score them, written inline. */
    private static final int SCORED_CHUNK = 5000;

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    MatchingSettings settings;

    /** Tells whether the current transaction changed an interpreter ({@link JpaInterpreterRepository#store}). */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** One per node: the bean is application-scoped. */
    final ProfileCache cache = new ProfileCache();

    @Override
    public List<CandidateSnapshot> candidatesFor(Booking booking, Instant now) {
        List<CandidateSnapshot> kept = kept(booking, true);
        return snapshots(booking, kept, now, null, idsOf(kept));
    }

    @Override
    public List<CandidateSnapshot> candidatesOnOrOffCallFor(Booking booking, Instant now) {
        List<CandidateSnapshot> kept = kept(booking, false);
        return snapshots(booking, kept, now, null, idsOf(kept));
    }

    @Override
    public List<CandidateSnapshot> wholePoolFor(Booking booking, Instant now) {
        Optional<ProfileCache.Profiles> cached = cached();
        if (cached.isEmpty()) {
            return snapshots(booking, new ProfileRows(sql()).all(), now, null, null);
        }
        // hours worked and answer times only score the qualified: read them for those who pass the coarse rules
        SnapshotList pool = cached.get().all();
        return snapshots(booking, pool, now, null, idsOf(CoarseRules.kept(MatchNeeds.of(booking), pool, false)));
    }

    @Override
    public CandidateSnapshot snapshotOf(Booking booking, Interpreter interpreter, Instant now) {
        // the entity the caller holds (locked, and maybe changed in this transaction): never the cache's copy
        return snapshots(booking, List.of(CandidateSnapshot.builder(interpreter).build()), now, interpreter.id(),
                null).get(0);
    }

    /**
     * The profiles of those who pass the coarse rules, by id: from the cache, checked in memory; else from the
     * database's indexes.
     *
     * @param offers whether an immediate booking asks "on call" too
     */
    private List<CandidateSnapshot> kept(Booking booking, boolean offers) {
        Optional<ProfileCache.Profiles> cached = cached();
        if (cached.isPresent()) {
            return CoarseRules.kept(MatchNeeds.of(booking), cached.get().all(), offers);
        }
        CoarseFilter filter = offers ? CoarseFilter.forOffers(booking) : CoarseFilter.of(booking);
        // the ids first: the filter's index covers them, where reading the rows with it made MariaDB choose another
        List<Long> ids = rows(filter.idsSql(), filter).stream().map(r -> ((Number) r[0]).longValue()).toList();
        return new ProfileRows(sql()).of(ids);
    }

    private static List<InterpreterId> idsOf(List<CandidateSnapshot> snapshots) {
        return snapshots.stream().map(CandidateSnapshot::id).toList();
    }

    /** The cache's profiles, unless this transaction changed an interpreter (it would cache what is not committed). */
    private Optional<ProfileCache.Profiles> cached() {
        if (transactions != null && transactions.getResource(JpaInterpreterRepository.POOL_CHANGED_HERE) != null) {
            return Optional.empty();
        }
        return cache.profiles(sql());
    }

    /** Native queries with numbered parameters, in the caller's transaction. */
    private CoverageQueries.Sql sql() {
        return new CoverageQueries.Sql() {
            @Override
            @SuppressWarnings("unchecked")
            public List<Object[]> rows(String statement, List<Object> parameters) {
                Query q = em.createNativeQuery(statement);
                for (int i = 0; i < parameters.size(); i++) {
                    q.setParameter(i + 1, parameters.get(i));
                }
                return ((List<Object>) q.getResultList()).stream()
                        .map(row -> row instanceof Object[] columns ? columns : new Object[]{row})
                        .toList();
            }

            @Override
            public int update(String statement, List<Object> parameters) {
                throw new UnsupportedOperationException("the candidate pool only reads");
            }
        };
    }

    /** A native query's rows; the filter's parameters are bound to every {@code ?} of the statement, in order. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, CoarseFilter filter) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < filter.parameters().size(); i++) {
            q.setParameter(i + 1, filter.parameters().get(i));
        }
        return ((List<Object>) q.getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[]{row})
                .toList();
    }

    /**
     * @param scored those whose last 14 days and answer times are read, by index; null for everyone's. These facts
     *        only score a candidate who passed every rule, so leaving out those who cannot qualify changes nothing
     */
    private List<CandidateSnapshot> snapshots(Booking booking, List<CandidateSnapshot> pool, Instant now,
            InterpreterId only, List<InterpreterId> scored) {
        List<InterpreterId> kept = scored;
        Duration buffer = settings.travelBuffer();
        Instant from = booking.window().start().minus(buffer);
        Instant to = booking.window().end().plus(buffer);

        Map<InterpreterId, List<Assignment>> nearby = new HashMap<>();
        for (Assignment a : query(
                "SELECT a FROM Assignment a WHERE a.releasedAt IS NULL AND COALESCE(a.endedAt, a.endsAt) > :from "
                        + "AND a.startsAt < :to",
                Assignment.class, only)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            if (!a.booking().equals(booking.reference())) {
                nearby.computeIfAbsent(a.interpreter(), k -> new ArrayList<>()).add(a);
            }
        }

        Map<InterpreterId, Long> minutesWorked = new HashMap<>();
        List<Object[]> worked = kept != null
                ? scoringRows("SELECT a.interpreter_id, a.starts_at, COALESCE(a.ended_at, a.ends_at) FROM assignment a "
                        + "WHERE a.released_at IS NULL AND a.starts_at >= ?1 AND a.starts_at < ?2 AND a.interpreter_id",
                        List.of(now.minus(FAIRNESS_PERIOD), now), kept)
                : query("SELECT a.interpreter, a.startsAt, COALESCE(a.endedAt, a.endsAt) FROM Assignment a "
                        + "WHERE a.releasedAt IS NULL AND a.startsAt >= :since AND a.startsAt < :now", Object[].class,
                        only)
                        .setParameter("since", now.minus(FAIRNESS_PERIOD))
                        .setParameter("now", now)
                        .getResultList();
        for (Object[] row : worked) {
            long minutes = Duration.between(Columns.instant(row[1]), Columns.instant(row[2])).toMinutes();
            minutesWorked.merge(interpreter(row[0]), minutes, Long::sum);
        }

        // a case is an agency's case code: another agency's case with the same code is another person
        Set<InterpreterId> servedCase = new HashSet<>(query("SELECT DISTINCT a.interpreter FROM Assignment a, "
                + "Booking b WHERE b.reference = a.booking AND b.requesterAgency = :agency "
                + "AND a.caseCode = :caseCode AND a.releasedAt IS NULL", InterpreterId.class, only)
                .setParameter("agency", booking.agency())
                .setParameter("caseCode", booking.caseCode())
                .getResultList());

        Set<InterpreterId> excluded = new HashSet<>();
        for (CaseExclusion e : em.createQuery("SELECT e FROM CaseExclusion e WHERE e.agency = :agency "
                + "AND e.caseCode = :caseCode", CaseExclusion.class)
                .setParameter("agency", booking.agency())
                .setParameter("caseCode", booking.caseCode())
                .getResultList()) {
            excluded.add(e.interpreter());
        }

        Map<InterpreterId, List<Long>> answerSeconds = new HashMap<>();
        List<Object[]> answered = kept != null
                ? scoringRows("SELECT o.interpreter_id, o.created_at, o.answered_at FROM offer o "
                        + "WHERE o.answered_at IS NOT NULL AND o.created_at >= ?1 AND o.interpreter_id",
                        List.of(now.minus(ANSWER_HISTORY)), kept)
                : query("SELECT o.interpreter, o.createdAt, o.answeredAt FROM Offer o WHERE o.answeredAt IS NOT NULL "
                        + "AND o.createdAt >= :since", Object[].class, only)
                        .setParameter("since", now.minus(ANSWER_HISTORY))
                        .getResultList();
        for (Object[] row : answered) {
            answerSeconds.computeIfAbsent(interpreter(row[0]), k -> new ArrayList<>())
                    .add(Duration.between(Columns.instant(row[1]), Columns.instant(row[2])).toSeconds());
        }

        List<CandidateSnapshot> snapshots = new ArrayList<>(pool.size());
        for (CandidateSnapshot profile : pool) {
            InterpreterId id = profile.id();
            List<Assignment> near = nearby.get(id);
            Long minutes = minutesWorked.get(id);
            List<Long> answers = answerSeconds.get(id);
            boolean isExcluded = excluded.contains(id);
            boolean served = servedCase.contains(id);
            if (near == null && minutes == null && answers == null && !isExcluded && !served) {
                // most of a large pool: the profile as it is, shared, allocates nothing
                snapshots.add(profile);
                continue;
            }
            CandidateSnapshot.Builder facts = CandidateSnapshot.builder(id)
                    .assignments(near == null ? List.of() : near)
                    .excludedForCase(isExcluded)
                    .servedCase(served)
                    .minutesWorkedLast14Days(minutes == null ? 0 : (int) Math.min(Integer.MAX_VALUE, minutes));
            if (answers != null && !answers.isEmpty()) {
                Collections.sort(answers);
                facts.medianAnswerSeconds((int) Math.min(Integer.MAX_VALUE, answers.get(answers.size() / 2)));
            }
            snapshots.add(profile.withFacts(facts));
        }
        // the cache's whole pool: the same profiles in the same order, so its columns still hold
        return pool instanceof SnapshotList cached ? cached.withSameProfiles(snapshots) : snapshots;
    }

    /**
     * The rows of a native statement ending in the column that names the interpreter, for these interpreters only:
     * their ids written inline ({@value #SCORED_CHUNK} a statement), since binding tens of thousands of parameters
     * cost more than the statements themselves. The ids are numbers from the profiles, never input.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> scoringRows(String statement, List<Object> parameters, List<InterpreterId> kept) {
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < kept.size(); from += SCORED_CHUNK) {
            StringBuilder sql = new StringBuilder(statement).append(" IN (");
            List<InterpreterId> chunk = kept.subList(from, Math.min(kept.size(), from + SCORED_CHUNK));
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append(chunk.get(i).value());
            }
            Query q = em.createNativeQuery(sql.append(')').toString());
            for (int i = 0; i < parameters.size(); i++) {
                q.setParameter(i + 1, parameters.get(i));
            }
            rows.addAll((List<Object[]>) q.getResultList());
        }
        return rows;
    }

    private static InterpreterId interpreter(Object column) {
        return column instanceof InterpreterId id ? id : InterpreterId.of(((Number) column).longValue());
    }

    /** A JPQL query whose WHERE clause gains "and this interpreter only" when one is given. */
    private <T> TypedQuery<T> query(String jpql, Class<T> type, InterpreterId only) {
        if (only == null) {
            return em.createQuery(jpql, type);
        }
        String alias = jpql.contains("FROM Offer o") ? "o" : "a";
        return em.createQuery(jpql + " AND " + alias + ".interpreter = :only", type).setParameter("only", only);
    }
}
