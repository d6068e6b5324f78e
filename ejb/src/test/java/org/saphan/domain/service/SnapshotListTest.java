package org.saphan.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.GenderNeed;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.WeeklySchedule;
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
 * The matcher over a pool with its columns ({@link SnapshotList}) gives exactly what it gives over the same snapshots
 * as a plain list: the same ranked candidates with the same scores and reasons, the same excluded ones with the same
 * rule, the same counts, over a generated pool where every rule bites and for bookings of every shape.
 */
class SnapshotListTest {

    private final InterpreterMatcher matcher = new InterpreterMatcher(Duration.ofHours(1));

    @Test
    void theColumnsChangeNoResultOverAGeneratedPool() {
        Random random = new Random(20261204L);
        List<CandidateSnapshot> profiles = new ArrayList<>();
        for (int i = 1; i <= 4000; i++) {
            profiles.add(randomProfile(i, random));
        }
        SnapshotList cached = SnapshotList.of(profiles);
        int qualified = 0;
        for (Booking booking : bookings()) {
            // the booking's facts added to some, as the candidate pool does, the rest shared as they are
            List<CandidateSnapshot> withFacts = new ArrayList<>();
            for (CandidateSnapshot profile : profiles) {
                withFacts.add(random.nextInt(4) == 0 ? profile.withFacts(randomFacts(profile.id(), random)) : profile);
            }
            SnapshotList pool = cached.withSameProfiles(withFacts);
            MatchNeeds needs = MatchNeeds.of(booking);
            for (int limit : new int[]{0, 3, Integer.MAX_VALUE}) {
                MatchResult plain = matcher.match(needs, new ArrayList<>(withFacts), limit);
                MatchResult columns = matcher.match(needs, pool, limit);
                assertEquals(plain.ranked(), columns.ranked(), booking + " limit " + limit);
                assertEquals(plain.rankedIds(), columns.rankedIds());
                assertEquals(plain.excluded(), columns.excluded());
                assertEquals(plain.qualifiedCount(), columns.qualifiedCount());
                assertEquals(plain.exclusionsByRule(), columns.exclusionsByRule());
                qualified += plain.qualifiedCount();
            }
        }
        assertTrue(qualified > 0, "some qualify, so that ranking is compared too");
    }

    @Test
    void aListPatchedAfterChangesMatchesAsOneBuiltAfresh() {
        Random random = new Random(99);
        List<CandidateSnapshot> profiles = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            profiles.add(randomProfile(i, random));
        }
        SnapshotList list = SnapshotList.of(profiles);
        int[] at = {0, 17, 1500, 2999};
        CandidateSnapshot[] fresh = new CandidateSnapshot[at.length];
        List<CandidateSnapshot> changed = new ArrayList<>(profiles);
        for (int k = 0; k < at.length; k++) {
            fresh[k] = randomProfile(at[k] + 1, random);
            changed.set(at[k], fresh[k]);
        }
        SnapshotList patched = list.withReplaced(at, fresh);
        assertEquals(changed, patched);
        for (Booking booking : bookings()) {
            MatchNeeds needs = MatchNeeds.of(booking);
            MatchResult afresh = matcher.match(needs, SnapshotList.of(changed), Integer.MAX_VALUE);
            MatchResult result = matcher.match(needs, patched, Integer.MAX_VALUE);
            assertEquals(afresh.ranked(), result.ranked());
            assertEquals(afresh.excluded(), result.excluded());
            assertEquals(matcher.match(needs, changed, Integer.MAX_VALUE).excluded(), result.excluded());
        }
        // the original is left as it was
        assertSame(profiles.get(17), list.get(17));
        assertThrows(IllegalArgumentException.class,
                () -> list.withReplaced(new int[]{3}, new CandidateSnapshot[]{randomProfile(9999, random)}));
    }

    @Test
    void everyRuleOfTheColumnsBitesInTheGeneratedPool() {
        Random random = new Random(7);
        List<CandidateSnapshot> profiles = new ArrayList<>();
        for (int i = 1; i <= 4000; i++) {
            profiles.add(randomProfile(i, random));
        }
        Booking booking = Fixtures.request().remote().gender(GenderNeed.required(Gender.FEMALE))
                .specialisation(Specialisation.CHILDREN).booking();
        var byRule = matcher.match(MatchNeeds.of(booking), SnapshotList.of(profiles), 0).exclusionsByRule();
        for (HardRule rule : List.of(HardRule.INACTIVE, HardRule.LANGUAGE, HardRule.VETTING, HardRule.GENDER,
                HardRule.SPECIALISATION)) {
            assertTrue(byRule.getOrDefault(rule, 0) > 0, rule + " in " + byRule);
        }
    }

    @Test
    void snapshotsOfOtherInterpretersCannotShareTheColumns() {
        CandidateSnapshot one = MatchingFixtures.qualified(1).build();
        CandidateSnapshot two = MatchingFixtures.qualified(2).build();
        SnapshotList list = SnapshotList.of(List.of(one, two));
        assertThrows(IllegalArgumentException.class, () -> list.withSameProfiles(List.of(two, one)));
        assertThrows(IllegalArgumentException.class, () -> list.withSameProfiles(List.of(one)));
        assertThrows(IllegalArgumentException.class,
                () -> list.withSameProfiles(List.of(one, MatchingFixtures.qualified(2).build())));
        CandidateSnapshot twoWithFacts = two.withFacts(CandidateSnapshot.builder(two.id()).servedCase(true));
        assertSame(twoWithFacts, list.withSameProfiles(List.of(one, twoWithFacts)).get(1));
    }

    private static List<Booking> bookings() {
        List<Booking> bookings = new ArrayList<>();
        bookings.add(Fixtures.request().booking());
        bookings.add(Fixtures.request().remote().booking());
        bookings.add(Fixtures.request().remote().immediate().gender(GenderNeed.required(Gender.FEMALE)).booking());
        bookings.add(Fixtures.request().gender(GenderNeed.preferred(Gender.MALE))
                .specialisation(Specialisation.LEGAL).booking());
        Fixtures.RequestBuilder khmer = Fixtures.request().remote().specialisation(Specialisation.CHILDREN);
        khmer.languages = LanguagePair.withThai(LanguageCode.KHM);
        bookings.add(khmer.booking());
        Fixtures.RequestBuilder ranong = Fixtures.request().party(new Party(ConflictKind.COMMUNITY, "Village 3"));
        ranong.province = Province.RANONG;
        bookings.add(ranong.booking());
        return bookings;
    }

    private static CandidateSnapshot randomProfile(long id, Random r) {
        CandidateSnapshot.Builder b = CandidateSnapshot.builder(InterpreterId.of(id))
                .active(r.nextInt(20) != 0)
                .gender(Gender.values()[r.nextInt(Gender.values().length)])
                .remote(r.nextBoolean())
                .onCall(r.nextInt(3) == 0)
                .vettingValidUntil(r.nextInt(8) == 0 ? null : LocalDate.of(2026, 6, 1).plusDays(r.nextInt(500)));
        b.language(LanguageCode.THA, Level.values()[r.nextInt(3)], r.nextBoolean());
        LanguageCode[] region = {LanguageCode.MYA, LanguageCode.KHM, LanguageCode.LAO, LanguageCode.VIE};
        b.language(region[r.nextInt(region.length)], Level.values()[r.nextInt(3)], r.nextBoolean());
        if (r.nextInt(4) == 0) {
            b.language(region[r.nextInt(region.length)], Level.values()[r.nextInt(3)], r.nextBoolean());
        }
        for (Specialisation s : Specialisation.values()) {
            if (r.nextInt(3) == 0) {
                b.specialisation(s);
            }
        }
        for (Province p : List.of(Province.TAK, Province.RANONG, Province.BANGKOK)) {
            if (r.nextBoolean()) {
                b.province(p);
            }
        }
        if (r.nextInt(2) == 0) {
            b.weekly(WeeklySchedule.of(Fixtures.officeHours()));
        }
        if (r.nextInt(10) == 0) {
            b.absence(Fixtures.TUESDAY_9.minus(Duration.ofHours(r.nextInt(48))),
                    Fixtures.TUESDAY_9.plus(Duration.ofHours(r.nextInt(48))));
        }
        if (r.nextInt(30) == 0) {
            b.conflict(new Party(ConflictKind.COMMUNITY, "Village " + r.nextInt(5)));
        }
        return b.build();
    }

    private static CandidateSnapshot.Builder randomFacts(InterpreterId id, Random r) {
        CandidateSnapshot.Builder facts = CandidateSnapshot.builder(id)
                .excludedForCase(r.nextInt(20) == 0)
                .servedCase(r.nextInt(10) == 0)
                .minutesWorkedLast14Days(r.nextInt(3000))
                .medianAnswerSeconds(r.nextInt(5) == 0 ? -1 : r.nextInt(900));
        if (r.nextInt(5) == 0) {
            facts.assignment(TimeWindow.between(Fixtures.TUESDAY_9.plus(Duration.ofMinutes(r.nextInt(600) - 300)),
                    Fixtures.TUESDAY_9.plus(Duration.ofMinutes(r.nextInt(300) + 400))),
                    r.nextBoolean() ? Mode.ON_SITE : Mode.REMOTE);
        }
        return facts;
    }
}
