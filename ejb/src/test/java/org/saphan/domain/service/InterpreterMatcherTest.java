package org.saphan.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.interpreter.Absence;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.TimeWindow;

class InterpreterMatcherTest {

    private static final InterpreterMatcher MATCHER = new InterpreterMatcher(InterpreterMatcher.DEFAULT_TRAVEL_BUFFER);

    @ParameterizedTest(name = "best {0} of a mixed pool")
    @ValueSource(ints = {0, 1, 3, 10, 250, Integer.MAX_VALUE})
    void keepsTheBestInTheSameOrderAsAFullSort(int limit) {
        MatchNeeds needs = MatchNeeds.of(Fixtures.booking());
        List<CandidateSnapshot> pool = randomPool(new Random(42), 500);

        MatchResult result = MATCHER.match(needs, pool, limit);

        List<RankedCandidate> everyone = new ArrayList<>();
        for (CandidateSnapshot c : pool) {
            MATCHER.explain(needs, c).ifPresent(everyone::add);
        }
        List<RankedCandidate> sorted = new ArrayList<>(everyone);
        // stable: equal scores keep pool order
        sorted.sort(Comparator.comparingInt(RankedCandidate::score).reversed());
        List<InterpreterId> expected = sorted.stream().limit(Math.min(limit, sorted.size()))
                .map(RankedCandidate::interpreterId).toList();
        assertEquals(expected, result.rankedIds());
        assertEquals(expected, InterpreterMatcher.idsOf(result.ranked()));
        assertEquals(everyone.size(), result.qualifiedCount());
        assertEquals(pool.size(), result.qualifiedCount() + result.excludedCount());
        assertTrue(result.qualifiedCount() > 0 && result.excludedCount() > 0, "the pool has both");
    }

    @Test
    void listsEveryExcludedCandidateWithItsRuleAndCountsThem() {
        MatchNeeds needs = MatchNeeds.of(Fixtures.booking());
        List<CandidateSnapshot> pool = List.of(MatchingFixtures.qualified(1).active(false).build(),
                MatchingFixtures.qualified(2).build(), MatchingFixtures.qualified(3).excludedForCase(true).build(),
                MatchingFixtures.qualified(4).active(false).build());

        MatchResult result = MATCHER.match(needs, pool, 10);

        assertEquals(List.of(new ExcludedCandidate(InterpreterId.of(1), HardRule.INACTIVE),
                new ExcludedCandidate(InterpreterId.of(3), HardRule.EXCLUDED_FOR_CASE),
                new ExcludedCandidate(InterpreterId.of(4), HardRule.INACTIVE)), result.excluded());
        assertEquals(Map.of(HardRule.INACTIVE, 2, HardRule.EXCLUDED_FOR_CASE, 1), result.exclusionsByRule());
        assertEquals(List.of(InterpreterId.of(2)), result.rankedIds());
    }

    @Test
    void aHandAssignmentBreakingARuleNeedsAnOverride() {
        MatchNeeds needs = MatchNeeds.of(Fixtures.booking());
        CandidateSnapshot expired = MatchingFixtures.qualified(7).vettingValidUntil(LocalDate.of(2026, 1, 1)).build();
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> MATCHER.checkHandAssignment(needs, expired, false));
        assertEquals("hard-rule", e.code());
        assertEquals("Interpreter 7 breaks the rule VETTING: Vetting (background check and confidentiality "
                + "agreement) is not valid on the booking's date. Assign with override and a reason, or choose "
                + "another interpreter.", e.getMessage());
        assertEquals(Optional.of(HardRule.VETTING), MATCHER.checkHandAssignment(needs, expired, true));
        assertEquals(Optional.empty(),
                MATCHER.checkHandAssignment(needs, MatchingFixtures.qualified(8).build(), false));
    }

    /** Issue 11, item 13: what protects the person, or cannot be done, is never overridden. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("neverOverridden")
    void anOverrideNeverSetsAsideWhatProtectsThePersonOrCannotBeDone(HardRule rule, CandidateSnapshot candidate) {
        MatchNeeds needs = MatchNeeds.of(Fixtures.request().party(PARTY).booking());
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> MATCHER.checkHandAssignment(needs, candidate, true));
        assertEquals("not-overridable", e.code());
        assertTrue(e.getMessage().contains(rule.name()), e.getMessage());
        assertFalse(rule.overridable());
    }

    private static final org.saphan.domain.model.shared.Party PARTY = new org.saphan.domain.model.shared.Party(
            org.saphan.domain.model.shared.ConflictKind.COMMUNITY, "Ban Mae Ta");

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> neverOverridden() {
        Booking booking = Fixtures.booking();
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(HardRule.OVERLAP, MatchingFixtures.qualified(1)
                        .assignment(booking.window(), Mode.ON_SITE).build()),
                // an overlap that also breaks an overridable rule checked before it is still refused
                org.junit.jupiter.params.provider.Arguments.of(HardRule.OVERLAP, MatchingFixtures.qualified(2)
                        .vettingValidUntil(LocalDate.of(2026, 1, 1))
                        .assignment(booking.window(), Mode.ON_SITE).build()),
                org.junit.jupiter.params.provider.Arguments.of(HardRule.EXCLUDED_FOR_CASE,
                        MatchingFixtures.qualified(3).excludedForCase(true).build()),
                org.junit.jupiter.params.provider.Arguments.of(HardRule.CONFLICT,
                        MatchingFixtures.qualified(4).conflict(PARTY).build()),
                org.junit.jupiter.params.provider.Arguments.of(HardRule.INACTIVE,
                        MatchingFixtures.qualified(5).active(false).build()));
    }

    @Test
    void snapshotsStartFromAStoredInterpreter() throws Exception {
        Interpreter interpreter = new Interpreter(Fixtures.profile().build(), Fixtures.NOW);
        Field id = Interpreter.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(interpreter, 11L); // what the repository does when it stores it
        interpreter.replaceAvailability(Fixtures.officeHours(),
                List.of(Absence.days(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26))));

        CandidateSnapshot snapshot = CandidateSnapshot.builder(interpreter).build();

        assertEquals(InterpreterId.of(11), snapshot.id());
        assertEquals(Level.NATIVE, snapshot.levelIn(LanguageCode.MYA));
        assertTrue(snapshot.certifiedIn(LanguageCode.MYA));
        assertTrue(snapshot.serves(Province.TAK));
        assertEquals(Gender.FEMALE, snapshot.gender());
        MatchNeeds tuesday = MatchNeeds.of(Fixtures.booking());
        assertEquals(Optional.empty(), MATCHER.firstBrokenRule(tuesday, snapshot));
        MatchNeeds christmas = MatchNeeds.of(Fixtures.request().start(Instant.parse("2026-12-24T02:00:00Z"))
                .booking());
        assertEquals(Optional.of(HardRule.UNAVAILABLE), MATCHER.firstBrokenRule(christmas, snapshot));
    }

    /**
     * At the size of a large pool the bounded top list still equals a full sort, every ranked candidate passes every
     * hard rule, and every excluded one is excluded by the first rule it breaks. How fast this runs is the matching
     * benchmark's to measure ({@code bench}), not a unit test's.
     */
    @Test
    void aHundredThousandCandidatesGiveTheSameBestAsAFullSort() {
        MatchNeeds needs = MatchNeeds.of(Fixtures.booking());
        List<CandidateSnapshot> pool = randomPool(new Random(7), 100_000);

        MatchResult result = MATCHER.match(needs, pool, 5);

        List<RankedCandidate> everyone = new ArrayList<>();
        for (CandidateSnapshot c : pool) {
            MATCHER.explain(needs, c).ifPresent(everyone::add);
        }
        everyone.sort(Comparator.comparingInt(RankedCandidate::score).reversed());
        assertEquals(everyone.stream().limit(5).map(RankedCandidate::interpreterId).toList(), result.rankedIds());
        assertEquals(everyone.size(), result.qualifiedCount());
        assertEquals(pool.size(), result.qualifiedCount() + result.excludedCount());
        Map<InterpreterId, CandidateSnapshot> byId = new java.util.HashMap<>();
        pool.forEach(c -> byId.put(c.id(), c));
        for (RankedCandidate best : result.ranked()) {
            assertEquals(Optional.empty(), MATCHER.firstBrokenRule(needs, byId.get(best.interpreterId())));
        }
        for (ExcludedCandidate excluded : result.excluded()) {
            assertEquals(Optional.of(excluded.rule()), MATCHER.firstBrokenRule(needs, byId.get(excluded
                    .interpreterId())));
        }
        assertEquals(result.excludedCount(), result.exclusionsByRule().values().stream().mapToInt(i -> i).sum());
    }

    /** A pool with every kind of candidate: some qualified, many excluded by one rule or another. */
    static List<CandidateSnapshot> randomPool(Random random, int size) {
        LanguageCode[] languages = LanguageCode.values();
        Province[] provinces = {Province.TAK, Province.RANONG, Province.BANGKOK, Province.SAMUT_SAKHON};
        List<CandidateSnapshot> pool = new ArrayList<>(size);
        WeeklySchedule office = WeeklySchedule.of(Fixtures.officeHours());
        for (int i = 0; i < size; i++) {
            CandidateSnapshot.Builder b = CandidateSnapshot.builder(InterpreterId.of(i + 1L))
                    .active(random.nextInt(20) != 0)
                    .gender(random.nextBoolean() ? Gender.FEMALE : Gender.MALE)
                    .language(random.nextInt(3) == 0 ? LanguageCode.MYA : languages[random.nextInt(languages.length)],
                            Level.values()[random.nextInt(3)], random.nextBoolean())
                    .language(LanguageCode.THA, Level.NATIVE, false)
                    .vettingValidUntil(LocalDate.of(2026, 6, 1).plusDays(random.nextInt(730)))
                    .province(provinces[random.nextInt(provinces.length)])
                    .remote(random.nextBoolean())
                    .weekly(random.nextInt(4) == 0 ? WeeklySchedule.empty() : office)
                    .minutesWorkedLast14Days(random.nextInt(3000))
                    .medianAnswerSeconds(random.nextInt(900) - 60)
                    .servedCase(random.nextInt(50) == 0)
                    .excludedForCase(random.nextInt(100) == 0);
            if (random.nextInt(10) == 0) {
                b.assignment(TimeWindow.ofMinutes(Fixtures.TUESDAY_9.minus(Duration.ofMinutes(random.nextInt(300))),
                        60), random.nextBoolean() ? Mode.ON_SITE : Mode.REMOTE);
            }
            pool.add(b.build());
        }
        return pool;
    }
}
