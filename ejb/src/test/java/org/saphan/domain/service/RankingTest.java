package org.saphan.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.domain.Fixtures.RequestBuilder;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.GenderNeed;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;

/**
 * Every ranking factor on its own: two candidates alike in all but one, given worse first, so that only the factor
 * can put the better one on top.
 */
class RankingTest {

    private static final InterpreterMatcher MATCHER = new InterpreterMatcher(Duration.ofMinutes(60));

    private static Arguments factor(String what, int points, String reason, Consumer<RequestBuilder> booking,
            Consumer<CandidateSnapshot.Builder> better) {
        return Arguments.of(what, points, reason, booking, better);
    }

    static Stream<Arguments> factors() {
        Consumer<RequestBuilder> same = b -> {
        };
        return Stream.of(
                factor("continuity on the case", Ranking.CONTINUITY, "Interpreted for this case before (+60)", same,
                        c -> c.servedCase(true)),
                factor("native rather than working", Ranking.NATIVE - Ranking.WORKING, "Native in Burmese (+20)", same,
                        c -> c.language(LanguageCode.MYA, Level.NATIVE, false)),
                factor("fluent rather than working", Ranking.FLUENT - Ranking.WORKING, "Fluent in Burmese (+12)", same,
                        c -> c.language(LanguageCode.MYA, Level.FLUENT, false)),
                factor("certified", Ranking.CERTIFIED, "Certified in Burmese (+10)", same,
                        c -> c.language(LanguageCode.MYA, Level.WORKING, true)),
                factor("fewer hours in 14 days", 10, "Worked 0 h in the last 14 days (+20)", same,
                        c -> c.minutesWorkedLast14Days(0)),
                factor("serves the province of a remote booking", Ranking.SAME_PROVINCE, "Serves Ranong (+10)",
                        b -> b.remote().province(Province.RANONG), c -> c.province(Province.RANONG)),
                factor("answers faster", 5, "Answers offers in about 30 s (+10)", same,
                        c -> c.medianAnswerSeconds(30)),
                factor("the preferred gender", Ranking.PREFERRED_GENDER, "The preferred gender (+8)",
                        b -> b.gender(GenderNeed.preferred(Gender.MALE)), c -> c.gender(Gender.MALE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factors")
    void eachFactorRanksTheBetterCandidateFirst(String what, int points, String reason,
            Consumer<RequestBuilder> bookingChange, Consumer<CandidateSnapshot.Builder> betterChange) {
        RequestBuilder request = Fixtures.request();
        bookingChange.accept(request);
        MatchNeeds needs = MatchNeeds.of(request.booking());
        CandidateSnapshot worse = baseline(1).build();
        CandidateSnapshot.Builder betterBuilder = baseline(2);
        betterChange.accept(betterBuilder);
        CandidateSnapshot better = betterBuilder.build();

        List<RankedCandidate> ranked = MATCHER.match(needs, List.of(worse, better), 10).ranked();

        assertEquals(List.of(better.id(), worse.id()), ranked.stream().map(RankedCandidate::interpreterId).toList(),
                what);
        assertEquals(points, ranked.get(0).score() - ranked.get(1).score(), "points for " + what);
        assertTrue(ranked.get(0).reasons().contains(reason), ranked.get(0).reasons().toString());
    }

    /** Working level, uncertified, 20 h worked, answers in 5 min, remote Tak not served: room to improve. */
    private static CandidateSnapshot.Builder baseline(long id) {
        return CandidateSnapshot.builder(InterpreterId.of(id)).gender(Gender.FEMALE)
                .language(LanguageCode.MYA, Level.WORKING, false).language(LanguageCode.THA, Level.NATIVE, true)
                .vettingValidUntil(LocalDate.of(2027, 6, 30))
                .specialisation(Specialisation.CHILDREN)
                .province(Province.TAK).remote(true)
                .weekly(WeeklySchedule.of(Fixtures.officeHours()))
                .minutesWorkedLast14Days(20 * 60).medianAnswerSeconds(300);
    }

    @ParameterizedTest(name = "{0} min worked -> +{1}")
    @CsvSource({"0,20", "60,20", "600,15", "1200,10", "2400,0", "10000,0"})
    void fairnessFallsWithHoursWorked(int minutes, int points) {
        assertEquals(points, Ranking.fairnessPoints(minutes));
    }

    @ParameterizedTest(name = "{0} s to answer -> +{1}")
    @CsvSource({"-1,5", "0,10", "60,9", "300,5", "600,0", "3600,0"})
    void answerSpeedScoresFastAnswers(int seconds, int points) {
        assertEquals(points, Ranking.answerSpeedPoints(seconds));
    }

    @Test
    void continuityOutweighsEveryFactorButLevelTogether() {
        MatchNeeds needs = MatchNeeds.of(Fixtures.booking());
        CandidateSnapshot served = baseline(1).servedCase(true).minutesWorkedLast14Days(2400).medianAnswerSeconds(600)
                .build();
        CandidateSnapshot fresh = baseline(2).language(LanguageCode.MYA, Level.WORKING, true)
                .minutesWorkedLast14Days(0).medianAnswerSeconds(0).build();
        assertEquals(List.of(served.id(), fresh.id()),
                MATCHER.match(needs, List.of(fresh, served), 2).rankedIds());
    }

    @Test
    void explainsAScoreWithEveryFactor() {
        MatchNeeds needs = MatchNeeds.of(Fixtures.booking());
        RankedCandidate explained = MATCHER.explain(needs, MatchingFixtures.qualified(9).servedCase(true).build())
                .orElseThrow();
        // 60 continuity + 12 fluent + 10 for 20 h + 10 Tak + 5 for 5 min
        assertEquals(97, explained.score());
        assertEquals(List.of("Interpreted for this case before (+60)", "Fluent in Burmese (+12)",
                "Worked 20 h in the last 14 days (+10)", "Serves Tak (+10)", "Answers offers in about 5 min (+5)"),
                explained.reasons());
        // the same as data, for pages in other languages: codes, their numbers, and points that add up to the score
        assertEquals(List.of(new RankingReason("CONTINUITY", Map.of(), 60),
                new RankingReason("FLUENT", Map.of("language", "mya"), 12),
                new RankingReason("FAIRNESS", Map.of("minutes", 1200), 10),
                new RankingReason("SAME_PROVINCE", Map.of("province", "Tak"), 10),
                new RankingReason("ANSWER_SPEED", Map.of("seconds", 300), 5)), explained.explained());
        assertEquals(explained.score(), explained.explained().stream().mapToInt(RankingReason::points).sum());
        assertTrue(MATCHER.explain(needs, MatchingFixtures.qualified(9).active(false).build()).isEmpty());
    }

    @Test
    void tiesKeepTheOrderGiven() {
        MatchNeeds needs = MatchNeeds.of(Fixtures.booking());
        List<CandidateSnapshot> alike = List.of(MatchingFixtures.qualified(5).build(),
                MatchingFixtures.qualified(3).build(), MatchingFixtures.qualified(4).build());
        assertEquals(List.of(InterpreterId.of(5), InterpreterId.of(3), InterpreterId.of(4)),
                MATCHER.match(needs, alike, 10).rankedIds());
    }
}
