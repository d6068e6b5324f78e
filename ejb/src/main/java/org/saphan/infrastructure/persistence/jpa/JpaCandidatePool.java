package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.casework.CaseExclusion;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterStatus;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.interpreter.WeeklyWindow;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.service.CandidatePool;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.infrastructure.config.MatchingSettings;

/**
 * Reads the pool for one booking in a handful of bulk queries (interpreters, their calendar near the booking, their
 * last 14 days, the case's history and exclusions, their answer times) and turns it into matcher snapshots. For offers
 * and counts the database first leaves out, from its indexes, whoever cannot qualify ({@link CoarseFilter}), and only
 * the rest are read, as rows; the explanation of a booking's candidates reads the whole pool as entities.
 */
@ApplicationScoped
public class JpaCandidatePool implements CandidatePool {

    private static final Duration FAIRNESS_PERIOD = Duration.ofDays(14);
    private static final Duration ANSWER_HISTORY = Duration.ofDays(90);
    /** Interpreters per statement when reading their collections: one {@code IN} list, well below any driver limit. */
    private static final int CHUNK = 1000;
    /** The column of a collection table that names its interpreter. */
    private static final String INTERPRETER = "c.interpreter_id";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    MatchingSettings settings;

    @Override
    public List<CandidateSnapshot> candidatesFor(Booking booking, Instant now) {
        return snapshots(booking, profiles(CoarseFilter.forOffers(booking)), now, null, true);
    }

    @Override
    public List<CandidateSnapshot> candidatesOnOrOffCallFor(Booking booking, Instant now) {
        return snapshots(booking, profiles(CoarseFilter.of(booking)), now, null, true);
    }

    @Override
    public List<CandidateSnapshot> wholePoolFor(Booking booking, Instant now) {
        List<Interpreter> pool = em.createQuery("SELECT i FROM Interpreter i ORDER BY i.id", Interpreter.class)
                .getResultList();
        return snapshots(booking, builders(pool), now, null, false);
    }

    @Override
    public CandidateSnapshot snapshotOf(Booking booking, Interpreter interpreter, Instant now) {
        return snapshots(booking, builders(List.of(interpreter)), now, interpreter.id(), false).get(0);
    }

    private static Map<InterpreterId, CandidateSnapshot.Builder> builders(List<Interpreter> pool) {
        Map<InterpreterId, CandidateSnapshot.Builder> builders = new LinkedHashMap<>();
        for (Interpreter interpreter : pool) {
            builders.put(interpreter.id(), CandidateSnapshot.builder(interpreter));
        }
        return builders;
    }

    /**
     * The profiles of those the filter keeps, by id, read as rows rather than entities: one query for their ids, then
     * their rows and each collection by primary key for a thousand of them at a time, so that neither the rest of
     * the pool nor a query per interpreter is ever read, and nothing joins the persistence context to be checked at
     * flush. (Repeating the filter in each collection's query, as a join or {@code IN (SELECT ...)}, measured slower on
     * MariaDB: the filter ran once per collection, or the whole collection table was read.) Trainings are left out:
     * matching does not use them.
     */
    private Map<InterpreterId, CandidateSnapshot.Builder> profiles(CoarseFilter filter) {
        // the ids first: the filter's index covers them, where reading the rows with it made MariaDB choose another
        List<Long> ids = rows(filter.idsSql(), filter).stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<InterpreterId, CandidateSnapshot.Builder> builders = new LinkedHashMap<>();
        ids.forEach(id -> builders.put(InterpreterId.of(id), CandidateSnapshot.builder(InterpreterId.of(id))));
        for (Object[] r : rowsOf("SELECT c.id, c.status, c.gender, c.remote, c.on_call, "
                + "c.background_check_valid_until, c.agreement_signed_on FROM interpreter c", "c.id", ids)) {
            // vetting as Vetting#validUntil: the background check's last day, once an agreement is signed
            builder(builders, r).active(InterpreterStatus.valueOf((String) r[1]) == InterpreterStatus.ACTIVE)
                    .gender(Gender.valueOf((String) r[2]))
                    .remote(Columns.bool(r[3]))
                    .onCall(Columns.bool(r[4]))
                    .vettingValidUntil(r[6] == null ? null : Columns.date(r[5]));
        }
        for (Object[] r : rowsOf("SELECT c.interpreter_id, c.language_code, c.skill_level, c.certified "
                + "FROM interpreter_language c", INTERPRETER, ids)) {
            builder(builders, r).language(LanguageCode.of((String) r[1]), Level.valueOf((String) r[2]),
                    Columns.bool(r[3]));
        }
        for (Object[] r : rowsOf("SELECT c.interpreter_id, c.specialisation FROM interpreter_specialisation c",
                INTERPRETER, ids)) {
            builder(builders, r).specialisation(Specialisation.valueOf((String) r[1]));
        }
        for (Object[] r : rowsOf("SELECT c.interpreter_id, c.province FROM interpreter_province c", INTERPRETER,
                ids)) {
            builder(builders, r).province(Province.valueOf((String) r[1]));
        }
        for (Object[] r : rowsOf("SELECT c.interpreter_id, c.party_kind, c.party_name FROM interpreter_conflict c",
                INTERPRETER, ids)) {
            builder(builders, r).conflict(new Party(ConflictKind.valueOf((String) r[1]), (String) r[2]));
        }
        for (Object[] r : rowsOf("SELECT c.interpreter_id, c.starts_at, c.ends_at FROM interpreter_absence c",
                INTERPRETER, ids)) {
            builder(builders, r).absence(Columns.instant(r[1]), Columns.instant(r[2]));
        }
        Map<InterpreterId, List<WeeklyWindow>> windows = new HashMap<>();
        for (Object[] r : rowsOf("SELECT c.interpreter_id, c.day_of_week, c.from_minute, c.until_minute "
                + "FROM interpreter_weekly_window c", INTERPRETER, ids)) {
            windows.computeIfAbsent(InterpreterId.of(((Number) r[0]).longValue()), k -> new ArrayList<>())
                    .add(new WeeklyWindow(DayOfWeek.valueOf((String) r[1]), minute(((Number) r[2]).intValue()),
                            minute(((Number) r[3]).intValue())));
        }
        windows.forEach((id, list) -> builders.get(id).weekly(WeeklySchedule.of(list)));
        return builders;
    }

    private static CandidateSnapshot.Builder builder(Map<InterpreterId, CandidateSnapshot.Builder> builders,
            Object[] row) {
        return builders.get(InterpreterId.of(((Number) row[0]).longValue()));
    }

    /** A minute of the day as a local time; 1440, the end of the day, is midnight as {@link WeeklyWindow} has it. */
    private static LocalTime minute(int minuteOfDay) {
        return minuteOfDay >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    /** The rows of a native query for these interpreters ({@code idColumn} in them), {@value #CHUNK} per statement. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rowsOf(String sql, String idColumn, List<Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            rows.addAll((List<Object[]>) em.createNativeQuery(sql + " WHERE " + idColumn + " IN (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList());
        }
        return rows;
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
     * @param filtered whether the pool is the filter's: its last 14 days and answer times are then read for its
     *        interpreters only, by index, rather than for everyone's
     */
    private List<CandidateSnapshot> snapshots(Booking booking, Map<InterpreterId, CandidateSnapshot.Builder> pool,
            Instant now, InterpreterId only, boolean filtered) {
        List<InterpreterId> kept = filtered ? List.copyOf(pool.keySet()) : null;
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
        for (Object[] row : ofKept(query("SELECT a.interpreter, a.startsAt, COALESCE(a.endedAt, a.endsAt) "
                + "FROM Assignment a WHERE a.releasedAt IS NULL AND a.startsAt >= :since AND a.startsAt < :now",
                Object[].class, only, kept)
                .setParameter("since", now.minus(FAIRNESS_PERIOD))
                .setParameter("now", now), kept)) {
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
        for (Object[] row : ofKept(query("SELECT o.interpreter, o.createdAt, o.answeredAt FROM Offer o "
                + "WHERE o.answeredAt IS NOT NULL AND o.createdAt >= :since", Object[].class, only, kept)
                .setParameter("since", now.minus(ANSWER_HISTORY)), kept)) {
            answerSeconds.computeIfAbsent((InterpreterId) row[0], k -> new ArrayList<>())
                    .add(Duration.between((Instant) row[1], (Instant) row[2]).toSeconds());
        }

        List<CandidateSnapshot> snapshots = new ArrayList<>(pool.size());
        for (Map.Entry<InterpreterId, CandidateSnapshot.Builder> entry : pool.entrySet()) {
            InterpreterId id = entry.getKey();
            CandidateSnapshot.Builder b = entry.getValue()
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

    /**
     * A JPQL query whose WHERE clause gains "and these interpreters only" (bound by {@link #ofKept}) when the kept
     * are given.
     */
    private <T> TypedQuery<T> query(String jpql, Class<T> type, InterpreterId only, List<InterpreterId> kept) {
        if (kept == null) {
            return query(jpql, type, only);
        }
        String alias = jpql.contains("FROM Offer o") ? "o" : "a";
        return em.createQuery(jpql + " AND " + alias + ".interpreter IN :kept", type);
    }

    /** The query's rows, for {@value #CHUNK} of the kept at a time; all at once when none are given. */
    private static <T> List<T> ofKept(TypedQuery<T> query, List<InterpreterId> kept) {
        if (kept == null) {
            return query.getResultList();
        }
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < kept.size(); from += CHUNK) {
            rows.addAll(query.setParameter("kept", kept.subList(from, Math.min(kept.size(), from + CHUNK)))
                    .getResultList());
        }
        return rows;
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
