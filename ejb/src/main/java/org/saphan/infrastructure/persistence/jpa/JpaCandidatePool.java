package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.casework.CaseExclusion;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.service.CandidatePool;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.infrastructure.config.MatchingSettings;

/**
 * Reads the pool for one booking in a handful of bulk queries (interpreters, their calendar near the booking, their
 * last 14 days, the case's history and exclusions, their answer times) and turns it into matcher snapshots. For offers
 * the database first leaves out, from its indexes, whoever cannot qualify ({@link CoarseFilter}), so that only the
 * rest are loaded; their collections (languages, windows, absences, ...) then load in batches
 * ({@code hibernate.default_batch_fetch_size}), never one query per interpreter.
 */
@ApplicationScoped
public class JpaCandidatePool implements CandidatePool {

    private static final Duration FAIRNESS_PERIOD = Duration.ofDays(14);
    private static final Duration ANSWER_HISTORY = Duration.ofDays(90);

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    MatchingSettings settings;

    @Override
    public List<CandidateSnapshot> candidatesFor(Booking booking, Instant now) {
        CoarseFilter filter = CoarseFilter.of(booking);
        Query q = em.createNativeQuery(filter.rowsSql(), Interpreter.class);
        for (int i = 0; i < filter.parameters().size(); i++) {
            q.setParameter(i + 1, filter.parameters().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Interpreter> pool = q.getResultList();
        return snapshots(booking, pool, now, null);
    }

    @Override
    public List<CandidateSnapshot> wholePoolFor(Booking booking, Instant now) {
        List<Interpreter> pool = em.createQuery("SELECT i FROM Interpreter i ORDER BY i.id", Interpreter.class)
                .getResultList();
        return snapshots(booking, pool, now, null);
    }

    @Override
    public CandidateSnapshot snapshotOf(Booking booking, Interpreter interpreter, Instant now) {
        return snapshots(booking, List.of(interpreter), now, interpreter.id()).get(0);
    }

    private List<CandidateSnapshot> snapshots(Booking booking, List<Interpreter> pool, Instant now,
            InterpreterId only) {
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
        for (Object[] row : query("SELECT a.interpreter, a.startsAt, COALESCE(a.endedAt, a.endsAt) FROM Assignment a "
                + "WHERE a.releasedAt IS NULL AND a.startsAt >= :since AND a.startsAt < :now", Object[].class, only)
                .setParameter("since", now.minus(FAIRNESS_PERIOD))
                .setParameter("now", now)
                .getResultList()) {
            long minutes = Duration.between((Instant) row[1], (Instant) row[2]).toMinutes();
            minutesWorked.merge((InterpreterId) row[0], minutes, Long::sum);
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
        for (Object[] row : query("SELECT o.interpreter, o.createdAt, o.answeredAt FROM Offer o "
                + "WHERE o.answeredAt IS NOT NULL AND o.createdAt >= :since", Object[].class, only)
                .setParameter("since", now.minus(ANSWER_HISTORY))
                .getResultList()) {
            answerSeconds.computeIfAbsent((InterpreterId) row[0], k -> new ArrayList<>())
                    .add(Duration.between((Instant) row[1], (Instant) row[2]).toSeconds());
        }

        List<CandidateSnapshot> snapshots = new ArrayList<>(pool.size());
        for (Interpreter interpreter : pool) {
            InterpreterId id = interpreter.id();
            CandidateSnapshot.Builder b = CandidateSnapshot.builder(interpreter)
                    .assignments(nearby.getOrDefault(id, List.of()))
                    .excludedForCase(excluded.contains(id))
                    .servedCase(servedCase.contains(id))
                    .minutesWorkedLast14Days((int) Math.min(Integer.MAX_VALUE, minutesWorked.getOrDefault(id, 0L)));
            List<Long> answers = answerSeconds.get(id);
            if (answers != null && !answers.isEmpty()) {
                Collections.sort(answers);
                b.medianAnswerSeconds((int) Math.min(Integer.MAX_VALUE, answers.get(answers.size() / 2)));
            }
            snapshots.add(b.build());
        }
        return snapshots;
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
