package org.saphan.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.domain.Fixtures.RequestBuilder;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.GenderNeed;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.interpreter.WeeklyWindow;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeWindow;

/**
 * Every hard rule of the design, failing and passing. The booking is on site in Tak on Tuesday 1 December 2026 from
 * 09:00 to 10:30 Bangkok time, Burmese-Thai; the candidate passes everything until a row spoils one thing.
 */
class HardRulesTest {

    private static final InterpreterMatcher MATCHER = new InterpreterMatcher(Duration.ofMinutes(60));
    /** Tuesday, Bangkok time. */
    private static final Instant AT_8 = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant AT_10_30 = Instant.parse("2026-12-01T03:30:00Z");

    private static Arguments row(String what, HardRule expected, Consumer<RequestBuilder> booking,
            Consumer<CandidateSnapshot.Builder> candidate) {
        Supplier<CandidateSnapshot> supplier = () -> {
            CandidateSnapshot.Builder builder = MatchingFixtures.qualified(1);
            candidate.accept(builder);
            return builder.build();
        };
        return Arguments.of(what, expected, booking, supplier);
    }

    private static Arguments rowSpeaking(String what, HardRule expected, LanguageCode... languages) {
        Supplier<CandidateSnapshot> supplier = () -> onlyLanguages(languages);
        Consumer<RequestBuilder> sameBooking = b -> {
        };
        return Arguments.of(what, expected, sameBooking, supplier);
    }

    private static Consumer<RequestBuilder> sameBooking() {
        return b -> {
        };
    }

    private static Consumer<CandidateSnapshot.Builder> sameCandidate() {
        return c -> {
        };
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                row("passes every rule", null, sameBooking(), sameCandidate()),
                // INACTIVE
                row("suspended", HardRule.INACTIVE, sameBooking(), c -> c.active(false)),
                // LANGUAGE
                rowSpeaking("Burmese only, no Thai", HardRule.LANGUAGE, LanguageCode.MYA),
                rowSpeaking("Khmer and Thai, not Burmese", HardRule.LANGUAGE, LanguageCode.KHM, LanguageCode.THA),
                rowSpeaking("Burmese and Thai, nothing else", null, LanguageCode.MYA, LanguageCode.THA),
                row("other language English, not spoken", HardRule.LANGUAGE,
                        b -> b.languages = new LanguagePair(LanguageCode.MYA, LanguageCode.ENG), sameCandidate()),
                row("both at WORKING level", null, sameBooking(),
                        c -> c.language(LanguageCode.MYA, Level.WORKING, false).language(LanguageCode.THA,
                                Level.WORKING, false)),
                // VETTING
                row("vetting ran out the day before", HardRule.VETTING, sameBooking(),
                        c -> c.vettingValidUntil(LocalDate.of(2026, 11, 30))),
                row("vetting valid to the booking's day", null, sameBooking(),
                        c -> c.vettingValidUntil(LocalDate.of(2026, 12, 1))),
                row("never vetted", HardRule.VETTING, sameBooking(), c -> c.vettingValidUntil(null)),
                row("01:00 Bangkok is already the next day", HardRule.VETTING,
                        b -> b.remote().start(Instant.parse("2026-12-01T18:00:00Z")).minutes(60),
                        c -> c.vettingValidUntil(LocalDate.of(2026, 12, 1)).weekly(WeeklySchedule.of(List.of(
                                new WeeklyWindow(DayOfWeek.WEDNESDAY,
                                        LocalTime.MIDNIGHT, LocalTime.of(6, 0)))))),
                // GENDER
                row("male, female required", HardRule.GENDER, b -> b.gender(GenderNeed.required(Gender.FEMALE)),
                        c -> c.gender(Gender.MALE)),
                row("male, female only preferred", null, b -> b.gender(GenderNeed.preferred(Gender.FEMALE)),
                        c -> c.gender(Gender.MALE)),
                row("female, female required", null, b -> b.gender(GenderNeed.required(Gender.FEMALE)),
                        sameCandidate()),
                // SPECIALISATION
                row("legal needed, children only", HardRule.SPECIALISATION,
                        b -> b.specialisation(Specialisation.LEGAL), sameCandidate()),
                row("a minor, children's specialist", null, b -> {
                    b.minor = true;
                    b.specialisation(Specialisation.CHILDREN);
                }, sameCandidate()),
                // EXCLUDED_FOR_CASE
                row("excluded from the case", HardRule.EXCLUDED_FOR_CASE, sameBooking(),
                        c -> c.excludedForCase(true)),
                row("excluded beats continuity", HardRule.EXCLUDED_FOR_CASE, sameBooking(),
                        c -> c.excludedForCase(true).servedCase(true)),
                // CONFLICT
                row("conflict with the requesting agency", HardRule.CONFLICT, sameBooking(),
                        c -> c.conflict(new Party(ConflictKind.ORGANISATION, "rtp-tak"))),
                row("conflict with a community involved", HardRule.CONFLICT,
                        b -> b.party(new Party(ConflictKind.COMMUNITY, "Village 7 fishing community")),
                        c -> c.conflict(new Party(ConflictKind.COMMUNITY, "village 7  fishing community"))),
                row("same name, other kind of party", null,
                        b -> b.party(new Party(ConflictKind.COMMUNITY, "Harbour 3")),
                        c -> c.conflict(new Party(ConflictKind.ORGANISATION, "Harbour 3"))),
                // UNAVAILABLE
                row("Saturday, outside the weekly windows", HardRule.UNAVAILABLE,
                        b -> b.start(Instant.parse("2026-12-05T02:00:00Z")), sameCandidate()),
                row("runs past 18:00", HardRule.UNAVAILABLE,
                        b -> b.start(Instant.parse("2026-12-01T10:00:00Z")).minutes(120), sameCandidate()),
                row("away that morning", HardRule.UNAVAILABLE, sameBooking(),
                        c -> c.absence(AT_8, Instant.parse("2026-12-01T02:30:00Z"))),
                row("away until the booking starts", null, sameBooking(),
                        c -> c.absence(AT_8, Fixtures.TUESDAY_9)),
                // NOT_ON_CALL
                row("immediate, not on call", HardRule.NOT_ON_CALL, RequestBuilder::immediate, sameCandidate()),
                row("immediate, on call outside the weekly windows", null, RequestBuilder::immediate,
                        c -> c.onCall(true).weekly(WeeklySchedule.empty())),
                row("immediate, on call but recorded away", HardRule.UNAVAILABLE, RequestBuilder::immediate,
                        c -> c.onCall(true).absence(Fixtures.NOW.minusSeconds(3600), Fixtures.NOW.plusSeconds(3600))),
                // OVERLAP
                row("assigned at the same time", HardRule.OVERLAP, sameBooking(),
                        c -> c.assignment(TimeWindow.ofMinutes(Fixtures.TUESDAY_9, 30), Mode.REMOTE)),
                row("on site until 08:30, no time to travel", HardRule.OVERLAP, sameBooking(),
                        c -> c.assignment(TimeWindow.ofMinutes(Instant.parse("2026-12-01T00:30:00Z"), 60),
                                Mode.ON_SITE)),
                row("remote until 09:00, no travel needed", null, sameBooking(),
                        c -> c.assignment(TimeWindow.ofMinutes(AT_8, 60), Mode.REMOTE)),
                row("on site until 08:30, booking remote", null, RequestBuilder::remote,
                        c -> c.assignment(TimeWindow.ofMinutes(Instant.parse("2026-12-01T00:30:00Z"), 60),
                                Mode.ON_SITE)),
                row("on site from 11:30, an hour to travel", null, sameBooking(),
                        c -> c.assignment(TimeWindow.ofMinutes(AT_10_30.plusSeconds(3600), 60), Mode.ON_SITE)),
                // PROVINCE
                row("on site in Ranong, serves Tak", HardRule.PROVINCE, b -> b.province(Province.RANONG),
                        sameCandidate()),
                row("on site in Ranong, serves Ranong too", null, b -> b.province(Province.RANONG),
                        c -> c.province(Province.RANONG)),
                // NOT_REMOTE
                row("remote, works on site only", HardRule.NOT_REMOTE, RequestBuilder::remote, c -> c.remote(false)),
                row("on site, works on site only", null, sameBooking(), c -> c.remote(false)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rules")
    void appliesEveryHardRule(String what, HardRule expected, Consumer<RequestBuilder> bookingChange,
            Supplier<CandidateSnapshot> candidates) {
        RequestBuilder request = Fixtures.request();
        bookingChange.accept(request);
        Booking booking = request.booking();
        CandidateSnapshot candidate = candidates.get();
        MatchNeeds needs = MatchNeeds.of(booking);
        assertEquals(Optional.ofNullable(expected), MATCHER.firstBrokenRule(needs, candidate), what);
        MatchResult result = MATCHER.match(needs, List.of(candidate), 10);
        if (expected == null) {
            assertEquals(1, result.ranked().size());
            assertTrue(result.excluded().isEmpty());
        } else {
            assertEquals(List.of(new ExcludedCandidate(candidate.id(), expected)), result.excluded());
            assertTrue(result.ranked().isEmpty());
        }
    }

    private static CandidateSnapshot onlyLanguages(LanguageCode... languages) {
        CandidateSnapshot.Builder builder = CandidateSnapshot.builder(InterpreterId.of(1)).gender(Gender.FEMALE)
                .vettingValidUntil(LocalDate.of(2027, 6, 30)).specialisation(Specialisation.CHILDREN)
                .province(Province.TAK).remote(true)
                .weekly(WeeklySchedule.of(Fixtures.officeHours()));
        for (LanguageCode language : languages) {
            builder.language(language, Level.NATIVE, true);
        }
        return builder.build();
    }

    @Test
    void reportsTheFirstRuleBrokenInTheDesignsOrder() {
        MatchNeeds needs = MatchNeeds.of(Fixtures.request().province(Province.RANONG).booking());
        CandidateSnapshot everythingWrong = MatchingFixtures.qualified(1).active(false).vettingValidUntil(null)
                .excludedForCase(true).build();
        assertEquals(HardRule.INACTIVE, MATCHER.firstBrokenRule(needs, everythingWrong).orElseThrow());
        CandidateSnapshot vettingAndProvince = MatchingFixtures.qualified(2).vettingValidUntil(null).build();
        assertEquals(HardRule.VETTING, MATCHER.firstBrokenRule(needs, vettingAndProvince).orElseThrow());
    }

    @ParameterizedTest(name = "buffer {0} min, previous job ends {1} min before -> {2}")
    @CsvSource({"0,0,", "30,30,", "30,29,OVERLAP", "60,30,OVERLAP", "90,90,", "90,60,OVERLAP"})
    void theTravelBufferIsAParameter(int bufferMinutes, int gapMinutes, HardRule expected) {
        InterpreterMatcher matcher = new InterpreterMatcher(Duration.ofMinutes(bufferMinutes));
        MatchNeeds needs = MatchNeeds.of(Fixtures.booking());
        Instant previousEnd = Fixtures.TUESDAY_9.minus(Duration.ofMinutes(gapMinutes));
        CandidateSnapshot candidate = MatchingFixtures.qualified(1)
                .assignment(TimeWindow.between(previousEnd.minus(Duration.ofHours(1)), previousEnd), Mode.ON_SITE)
                .build();
        assertEquals(Optional.ofNullable(expected), matcher.firstBrokenRule(needs, candidate));
        assertEquals(Duration.ofMinutes(bufferMinutes), matcher.travelBuffer());
    }
}
