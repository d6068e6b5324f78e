package org.saphan.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.domain.service.CoarseRules;
import org.saphan.domain.service.HardRule;
import org.saphan.domain.service.InterpreterMatcher;
import org.saphan.domain.service.MatchNeeds;

/**
 * The matcher's profile cache on the embedded database (H2 in MariaDB mode) over the demo pool: it keeps what the
 * rows say, is read again after every kind of change an interpreter can go through once the change raised the
 * generation as the repository does (the repository's own statements), is not read again while the generation stands
 * still, and serves many threads at once while the pool changes. Its coarse rules, checked in memory, keep exactly
 * those the database's coarse filter keeps.
 */
class ProfileCacheH2Test {

    private String url;
    private Connection c;

    @BeforeEach
    void demoDatabase() throws SQLException {
        url = "jdbc:h2:mem:profiles-" + System.nanoTime() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        c = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void theWholePoolIsReadOnceAndKeptWhileTheGenerationStandsStill() {
        ProfileCache cache = new ProfileCache();
        ProfileCache.Profiles first = cache.profiles(new Jdbc(c)).orElseThrow();
        assertEquals(count("SELECT COUNT(*) FROM interpreter"), first.size());
        // a change that did not raise the generation is not seen: the cache trusts the generation alone
        execute("UPDATE interpreter SET status = 'SUSPENDED' WHERE id = 1");
        ProfileCache.Profiles second = cache.profiles(new Jdbc(c)).orElseThrow();
        assertSame(first, second);
        assertTrue(second.of(1).orElseThrow().active());
    }

    @Test
    void theCachedProfilesEqualThoseReadFromTheRows() {
        ProfileCache.Profiles cached = new ProfileCache().profiles(new Jdbc(c)).orElseThrow();
        List<Long> ids = cached.all().stream().map(p -> p.id().value()).toList();
        List<CandidateSnapshot> read = new ProfileRows(new Jdbc(c)).of(ids);
        InterpreterMatcher matcher = new InterpreterMatcher(InterpreterMatcher.DEFAULT_TRAVEL_BUFFER);
        for (Booking booking : bookings()) {
            MatchNeeds needs = MatchNeeds.of(booking);
            assertEquals(matcher.match(needs, read, Integer.MAX_VALUE).excluded(),
                    matcher.match(needs, cached.all(), Integer.MAX_VALUE).excluded());
            assertEquals(matcher.match(needs, read, Integer.MAX_VALUE).ranked(),
                    matcher.match(needs, cached.all(), Integer.MAX_VALUE).ranked());
        }
    }

    @Test
    void everyKindOfChangeIsReadAgainOnceTheGenerationIsRaised() {
        ProfileCache cache = new ProfileCache();
        Jdbc sql = new Jdbc(c);
        Booking booking = Fixtures.request().remote().booking();
        MatchNeeds needs = MatchNeeds.of(booking);
        InterpreterMatcher matcher = new InterpreterMatcher(InterpreterMatcher.DEFAULT_TRAVEL_BUFFER);
        assertEquals(java.util.Optional.empty(), matcher.firstBrokenRule(needs, profile(cache, 2)),
                "thida qualifies for a remote Burmese booking");

        changed(2, "UPDATE interpreter SET status = 'SUSPENDED' WHERE id = 2");
        assertEquals(HardRule.INACTIVE, matcher.firstBrokenRule(needs, profile(cache, 2)).orElseThrow());
        changed(2, "UPDATE interpreter SET status = 'ACTIVE' WHERE id = 2");
        assertTrue(matcher.firstBrokenRule(needs, profile(cache, 2)).isEmpty());

        changed(2, "DELETE FROM interpreter_language WHERE interpreter_id = 2 AND language_code = 'mya'");
        assertEquals(HardRule.LANGUAGE, matcher.firstBrokenRule(needs, profile(cache, 2)).orElseThrow());
        changed(2, "INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) "
                + "VALUES (2, 'mya', 'NATIVE', TRUE)");
        assertTrue(matcher.firstBrokenRule(needs, profile(cache, 2)).isEmpty());

        changed(2, "UPDATE interpreter SET background_check_valid_until = '2020-01-01' WHERE id = 2");
        assertEquals(HardRule.VETTING, matcher.firstBrokenRule(needs, profile(cache, 2)).orElseThrow());
        changed(2, "UPDATE interpreter SET background_check_valid_until = '2030-01-01' WHERE id = 2");

        changed(2, "UPDATE interpreter SET remote = FALSE WHERE id = 2");
        assertEquals(HardRule.NOT_REMOTE, matcher.firstBrokenRule(needs, profile(cache, 2)).orElseThrow());
        changed(2, "UPDATE interpreter SET remote = TRUE WHERE id = 2");

        // the booking's agency is a party: a declared conflict with it excludes
        changed(2, "INSERT INTO interpreter_conflict (interpreter_id, party_kind, party_name) VALUES (2, "
                + "'ORGANISATION', '" + booking.agency() + "')");
        assertEquals(HardRule.CONFLICT, matcher.firstBrokenRule(needs, profile(cache, 2)).orElseThrow());
        changed(2, "DELETE FROM interpreter_conflict WHERE interpreter_id = 2");

        changed(2, "INSERT INTO interpreter_absence (interpreter_id, starts_at, ends_at) VALUES (2, "
                + "'2026-01-01 00:00:00', '2028-01-01 00:00:00')");
        assertEquals(HardRule.UNAVAILABLE, matcher.firstBrokenRule(needs, profile(cache, 2)).orElseThrow());
        changed(2, "DELETE FROM interpreter_absence WHERE interpreter_id = 2");
        assertTrue(matcher.firstBrokenRule(needs, profile(cache, 2)).isEmpty());

        changed(2, "DELETE FROM interpreter_weekly_window WHERE interpreter_id = 2");
        assertEquals(HardRule.UNAVAILABLE, matcher.firstBrokenRule(needs, profile(cache, 2)).orElseThrow());

        MatchNeeds immediate = MatchNeeds.of(Fixtures.request().remote().immediate().booking());
        assertTrue(profile(cache, 1).onCall());
        changed(1, "UPDATE interpreter SET on_call = FALSE WHERE id = 1");
        assertEquals(HardRule.NOT_ON_CALL, matcher.firstBrokenRule(immediate, profile(cache, 1)).orElseThrow());

        Booking onSite = onSite(Province.RANONG);
        assertFalse(profile(cache, 1).serves(Province.RANONG));
        changed(1, "INSERT INTO interpreter_province (interpreter_id, province) VALUES (1, 'RANONG')");
        assertTrue(profile(cache, 1).serves(Province.RANONG));
        assertTrue(CoarseRules.mayQualify(MatchNeeds.of(onSite), profile(cache, 1), true));

        // a new interpreter, added after those kept, is read and kept in id order
        int before = cache.profiles(sql).orElseThrow().size();
        execute("INSERT INTO interpreter (id, username, display_name, gender, status, remote, on_call, "
                + "background_check_valid_until, agreement_signed_on, agreement_version, created_at) VALUES (900, "
                + "NULL, 'New', 'FEMALE', 'ACTIVE', TRUE, TRUE, '2030-01-01', '2026-01-01', '3', "
                + "'2026-01-01 00:00:00')");
        changed(900, "INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) "
                + "VALUES (900, 'mya', 'FLUENT', FALSE)");
        ProfileCache.Profiles after = cache.profiles(sql).orElseThrow();
        assertEquals(before + 1, after.size());
        assertEquals(InterpreterId.of(900), after.all().get(after.size() - 1).id());
        assertTrue(after.of(900).orElseThrow().levelIn(LanguageCode.MYA) != null);

        // one more change, of an interpreter already kept: the columns are patched, and the cache brought up to date
        // this way matches exactly as one read whole now
        changed(3, "UPDATE interpreter SET remote = NOT remote, on_call = NOT on_call WHERE id = 3");
        ProfileCache.Profiles patched = cache.profiles(sql).orElseThrow();
        ProfileCache.Profiles whole = new ProfileCache().profiles(sql).orElseThrow();
        for (Booking each : bookings()) {
            MatchNeeds eachNeeds = MatchNeeds.of(each);
            assertEquals(matcher.match(eachNeeds, whole.all(), Integer.MAX_VALUE).excluded(),
                    matcher.match(eachNeeds, patched.all(), Integer.MAX_VALUE).excluded());
            assertEquals(matcher.match(eachNeeds, whole.all(), Integer.MAX_VALUE).ranked(),
                    matcher.match(eachNeeds, patched.all(), Integer.MAX_VALUE).ranked());
            assertEquals(CoarseRules.kept(eachNeeds, whole.all(), true), CoarseRules.kept(eachNeeds, patched.all(),
                    true).stream().map(p -> whole.of(p.id().value()).orElseThrow()).toList());
        }
    }

    @Test
    void aGenerationRaisedWithoutSayingWhoChangedReadsTheWholePoolAgain() {
        ProfileCache cache = new ProfileCache();
        ProfileCache.Profiles first = cache.profiles(new Jdbc(c)).orElseThrow();
        execute("UPDATE interpreter SET status = 'SUSPENDED' WHERE id = 3");
        execute(JpaInterpreterRepository.RAISE_GENERATION);
        ProfileCache.Profiles second = cache.profiles(new Jdbc(c)).orElseThrow();
        assertNotSame(first, second);
        assertFalse(second.of(3).orElseThrow().active());
    }

    @Test
    void aPoolLargerThanTheCacheMayHoldIsNotKept() {
        ProfileCache cache = new ProfileCache(10);
        assertTrue(cache.profiles(new Jdbc(c)).isEmpty());
    }

    @Test
    void theCoarseRulesInMemoryKeepExactlyWhatTheDatabasesFilterKeeps() throws SQLException {
        ProfileCache.Profiles cached = new ProfileCache().profiles(new Jdbc(c)).orElseThrow();
        int kept = 0;
        for (Booking booking : bookings()) {
            for (boolean offers : List.of(true, false)) {
                CoarseFilter filter = offers ? CoarseFilter.forOffers(booking) : CoarseFilter.of(booking);
                MatchNeeds needs = MatchNeeds.of(booking);
                List<Long> inMemory = cached.all().stream().filter(p -> CoarseRules.mayQualify(needs, p, offers))
                        .map(p -> p.id().value()).toList();
                List<Long> database = ids(filter);
                assertEquals(database, inMemory, booking.mode() + " " + booking.urgency() + " " + offers);
                assertEquals(database, CoarseRules.kept(needs, cached.all(), offers).stream()
                        .map(p -> p.id().value()).toList(), "through the columns");
                kept += inMemory.size();
            }
        }
        assertTrue(kept > 0);
    }

    @Test
    void manyReadersAtOnceWhileThePoolChangesEachSeeAtLeastTheGenerationTheyRead() throws Exception {
        ProfileCache cache = new ProfileCache();
        int readers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(readers);
        List<Future<Integer>> reads = new ArrayList<>();
        for (int t = 0; t < readers; t++) {
            reads.add(pool.submit(() -> {
                int n = 0;
                try (Connection own = DriverManager.getConnection(url, "sa", "")) {
                    started.countDown();
                    while (writing.get() || n < 20) {
                        long seen = generation(own);
                        ProfileCache.Profiles p = cache.profiles(new Jdbc(own)).orElseThrow();
                        if (p.generation() < seen) {
                            wrong.add("generation " + p.generation() + " after reading " + seen);
                        }
                        n++;
                    }
                }
                return n;
            }));
        }
        started.await(10, TimeUnit.SECONDS);
        for (int i = 0; i < 40; i++) {
            changed(2, "UPDATE interpreter SET on_call = " + (i % 2 == 0 ? "FALSE" : "TRUE") + " WHERE id = 2");
        }
        writing.set(false);
        int total = 0;
        for (Future<Integer> read : reads) {
            total += read.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(wrong.isEmpty(), String.join("; ", wrong));
        assertTrue(total >= readers * 20, "reads: " + total);
        // 40 switches, the last one on: every reader now sees it
        assertTrue(cache.profiles(new Jdbc(c)).orElseThrow().of(2).orElseThrow().onCall());
        assertEquals(generation(c), cache.profiles(new Jdbc(c)).orElseThrow().generation());
    }

    private CandidateSnapshot profile(ProfileCache cache, long id) {
        return cache.profiles(new Jdbc(c)).orElseThrow().of(id).orElseThrow();
    }

    /** A change made as the repository makes one: the change, then the generation raised and written on the row. */
    private void changed(long id, String change) {
        execute(change);
        execute(JpaInterpreterRepository.RAISE_GENERATION);
        long generation = generation(c);
        try (PreparedStatement s = c.prepareStatement(JpaInterpreterRepository.MARK_CHANGED.replace("?1", "?")
                .replace("?2", "?"))) {
            s.setLong(1, generation);
            s.setLong(2, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long generation(Connection on) {
        return ((Number) new Jdbc(on).rows(ProfileCache.GENERATION, List.of()).get(0)[0]).longValue();
    }

    private static Booking onSite(Province province) {
        Fixtures.RequestBuilder request = Fixtures.request();
        request.province = province;
        return request.booking();
    }

    private static List<Booking> bookings() {
        List<Booking> bookings = new ArrayList<>();
        bookings.add(Fixtures.request().remote().booking());
        bookings.add(Fixtures.request().remote().immediate().booking());
        for (Province province : List.of(Province.TAK, Province.RANONG, Province.BANGKOK, Province.CHIANG_MAI)) {
            bookings.add(onSite(province));
        }
        for (LanguageCode language : List.of(LanguageCode.KHM, LanguageCode.LAO)) {
            Fixtures.RequestBuilder request = Fixtures.request().remote().start(Instant.parse("2027-02-02T02:00:00Z"));
            request.languages = LanguagePair.withThai(language);
            bookings.add(request.booking());
        }
        return bookings;
    }

    private void execute(String statement) {
        try (PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String statement) {
        return ((Number) new Jdbc(c).rows(statement, List.of()).get(0)[0]).longValue();
    }

    private List<Long> ids(CoarseFilter filter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(filter.idsSql())) {
            for (int i = 0; i < filter.parameters().size(); i++) {
                s.setObject(i + 1, filter.parameters().get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Native SQL over JDBC, as the benchmark runs it; H2 takes the numbered parameters as they are. */
    private record Jdbc(Connection c) implements CoverageQueries.Sql {

        @Override
        public List<Object[]> rows(String sql, List<Object> parameters) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    p.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int update(String sql, List<Object> parameters) {
            throw new UnsupportedOperationException();
        }
    }
}
