package org.saphan.infrastructure.persistence.jpa;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.saphan.domain.service.CandidateSnapshot;

/**
 * Reads interpreters' profiles as matcher snapshots from their rows: the interpreter row, then each collection
 * (languages, specialisations, provinces, conflicts, weekly windows, absences) as rows, never as entities, so that
 * nothing joins a persistence context. Trainings are left out: matching does not use them. The snapshots hold only
 * the profile; the facts of a booking and the calendar are added per booking
 * ({@link CandidateSnapshot#withFacts}).
 * <p>
 * Used by the {@link ProfileCache} (the whole pool, or those changed since a generation) and, when the cache cannot
 * serve, for the ids the coarse filter kept. Any way of running SQL will do ({@link CoverageQueries.Sql}), so that the
 * benchmark runs this same code over JDBC.
 */
final class ProfileRows {

    /** Interpreters per statement when reading by ids: one {@code IN} list, well below any driver limit. */
    static final int CHUNK = 1000;

    private static final String INTERPRETERS = "SELECT c.id, c.status, c.gender, c.remote, c.on_call, "
            + "c.background_check_valid_until, c.agreement_signed_on FROM interpreter c";
    private static final String LANGUAGES = "SELECT c.interpreter_id, c.language_code, c.skill_level, c.certified "
            + "FROM interpreter_language c";
    private static final String SPECIALISATIONS = "SELECT c.interpreter_id, c.specialisation "
            + "FROM interpreter_specialisation c";
    private static final String PROVINCES = "SELECT c.interpreter_id, c.province FROM interpreter_province c";
    private static final String CONFLICTS = "SELECT c.interpreter_id, c.party_kind, c.party_name "
            + "FROM interpreter_conflict c";
    private static final String WINDOWS = "SELECT c.interpreter_id, c.day_of_week, c.from_minute, c.until_minute "
            + "FROM interpreter_weekly_window c";
    private static final String ABSENCES = "SELECT c.interpreter_id, c.starts_at, c.ends_at FROM interpreter_absence c";

    private final CoverageQueries.Sql sql;

    ProfileRows(CoverageQueries.Sql sql) {
        this.sql = sql;
    }

    /** Every interpreter's profile, by id: each table read once, whole. */
    List<CandidateSnapshot> all() {
        Map<Long, CandidateSnapshot.Builder> builders = new LinkedHashMap<>();
        for (Object[] r : sql.rows(INTERPRETERS + " ORDER BY c.id", List.of())) {
            builders.put(number(r[0]), interpreter(r));
        }
        fill(builders, "");
        return build(builders);
    }

    /** The profiles of these interpreters, in the order given; ids that no row has are left out. */
    List<CandidateSnapshot> of(List<Long> ids) {
        Map<Long, CandidateSnapshot.Builder> builders = new LinkedHashMap<>();
        ids.forEach(id -> builders.put(id, null));
        Map<Long, CandidateSnapshot.Builder> read = new HashMap<>();
        for (String in : inLists(ids, "c.id")) {
            for (Object[] r : sql.rows(INTERPRETERS + in, List.of())) {
                read.put(number(r[0]), interpreter(r));
            }
        }
        builders.replaceAll((id, none) -> read.get(id));
        builders.values().removeIf(b -> b == null);
        for (String in : inLists(List.copyOf(builders.keySet()), "c.interpreter_id")) {
            fill(builders, in);
        }
        return build(builders);
    }

    /** The ids of the interpreters written since a generation ({@code pool_generation}, V18), by index. */
    List<Long> changedSince(long generation) {
        return sql.rows("SELECT c.id FROM interpreter c WHERE c.pool_generation > ?1", List.of(generation)).stream()
                .map(r -> number(r[0])).toList();
    }

    private static CandidateSnapshot.Builder interpreter(Object[] r) {
        // vetting as Vetting#validUntil: the background check's last day, once an agreement is signed
        return CandidateSnapshot.builder(InterpreterId.of(number(r[0])))
                .active(InterpreterStatus.valueOf((String) r[1]) == InterpreterStatus.ACTIVE)
                .gender(Gender.valueOf((String) r[2]))
                .remote(Columns.bool(r[3]))
                .onCall(Columns.bool(r[4]))
                .vettingValidUntil(r[6] == null ? null : Columns.date(r[5]));
    }

    /** Adds each collection's rows that {@code where} keeps to the builders they belong to. */
    private void fill(Map<Long, CandidateSnapshot.Builder> builders, String where) {
        for (Object[] r : rows(LANGUAGES + where, builders)) {
            builders.get(number(r[0])).language(LanguageCode.of((String) r[1]), Level.valueOf((String) r[2]),
                    Columns.bool(r[3]));
        }
        for (Object[] r : rows(SPECIALISATIONS + where, builders)) {
            builders.get(number(r[0])).specialisation(Specialisation.valueOf((String) r[1]));
        }
        for (Object[] r : rows(PROVINCES + where, builders)) {
            builders.get(number(r[0])).province(Province.valueOf((String) r[1]));
        }
        for (Object[] r : rows(CONFLICTS + where, builders)) {
            builders.get(number(r[0])).conflict(new Party(ConflictKind.valueOf((String) r[1]), (String) r[2]));
        }
        for (Object[] r : rows(ABSENCES + where, builders)) {
            builders.get(number(r[0])).absence(Columns.instant(r[1]), Columns.instant(r[2]));
        }
        Map<Long, List<WeeklyWindow>> windows = new HashMap<>();
        for (Object[] r : rows(WINDOWS + where, builders)) {
            windows.computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                    .add(new WeeklyWindow(DayOfWeek.valueOf((String) r[1]), minute(((Number) r[2]).intValue()),
                            minute(((Number) r[3]).intValue())));
        }
        // most interpreters share one of a few shapes of week: one schedule object per shape keeps the cache small
        Map<String, WeeklySchedule> shapes = new HashMap<>();
        windows.forEach((id, list) -> builders.get(id).weekly(shapes.computeIfAbsent(shape(list),
                k -> WeeklySchedule.of(list))));
    }

    /** The rows of a statement, without those of interpreters not asked for (a row added meanwhile, say). */
    private List<Object[]> rows(String statement, Map<Long, CandidateSnapshot.Builder> builders) {
        return sql.rows(statement, List.of()).stream().filter(r -> builders.containsKey(number(r[0]))).toList();
    }

    private static String shape(List<WeeklyWindow> windows) {
        return windows.stream().map(w -> w.day() + " " + w.from() + "-" + w.to()).sorted()
                .collect(Collectors.joining(","));
    }

    /** {@code WHERE column IN (...)} clauses for {@value #CHUNK} ids each; the ids are numbers, written inline. */
    private static List<String> inLists(List<Long> ids, String column) {
        List<String> clauses = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            clauses.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream().map(String::valueOf)
                    .collect(Collectors.joining(",", " WHERE " + column + " IN (", ")")));
        }
        return clauses;
    }

    private static List<CandidateSnapshot> build(Map<Long, CandidateSnapshot.Builder> builders) {
        List<CandidateSnapshot> profiles = new ArrayList<>(builders.size());
        builders.values().forEach(b -> profiles.add(b.build()));
        return profiles;
    }

    private static long number(Object column) {
        return ((Number) column).longValue();
    }

    /** A minute of the day as a local time; 1440, the end of the day, is midnight as {@link WeeklyWindow} has it. */
    private static LocalTime minute(int minuteOfDay) {
        return minuteOfDay >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
