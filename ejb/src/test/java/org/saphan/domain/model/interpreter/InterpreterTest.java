package org.saphan.domain.model.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.domain.Fixtures;
import org.saphan.domain.Fixtures.ProfileBuilder;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.model.shared.ValidationException;

class InterpreterTest {

    private static final Instant NOW = Fixtures.NOW;

    private static Interpreter interpreter() {
        return new Interpreter(Fixtures.profile().build(), NOW);
    }

    static Stream<Arguments> invalidProfiles() {
        return Stream.of(
                invalid("name", "The interpreter's name is missing.", p -> p.name = " "),
                invalid("name", "The interpreter's name is too long: at most 200 characters, not 201.",
                        p -> p.name = "x".repeat(201)),
                invalid("gender", "The interpreter's gender is missing: FEMALE, MALE or OTHER.", p -> p.gender = null),
                invalid("languages", "An interpreter needs at least two languages, such as mya and tha: it "
                        + "interprets between them.",
                        p -> p.languages = List.of(
                                new LanguageSkill(LanguageCode.MYA, Level.NATIVE, false))),
                invalid("languages", "The language mya is listed twice: give it once, with its level.",
                        p -> p.languages.add(new LanguageSkill(LanguageCode.MYA, Level.WORKING, false))),
                invalid("provinces", "An interpreter must serve at least one province on site or work remotely.",
                        p -> {
                            p.provinces = Set.of();
                            p.remote = false;
                        }),
                invalid("username", "The username is too long: at most 64 characters, not 65.",
                        p -> p.username = "u".repeat(65)));
    }

    private static Arguments invalid(String field, String message, Consumer<ProfileBuilder> change) {
        return Arguments.of(field, message, change);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidProfiles")
    void refusesAnIncompleteProfile(String field, String message, Consumer<ProfileBuilder> change) {
        ProfileBuilder profile = Fixtures.profile();
        change.accept(profile);
        ValidationException e = assertThrows(ValidationException.class, profile::build);
        assertEquals(field, e.fieldName());
        assertEquals(message, e.getMessage());
    }

    @Test
    void refusesAnAgreementWithoutVersionAndALanguageWithoutLevel() {
        ValidationException agreement = assertThrows(ValidationException.class,
                () -> new ConfidentialityAgreement(LocalDate.of(2026, 1, 10), " "));
        assertEquals("vetting.confidentialityAgreement", agreement.fieldName());
        assertEquals("The version of the confidentiality agreement is missing.", agreement.getMessage());
        ValidationException level = assertThrows(ValidationException.class,
                () -> new LanguageSkill(LanguageCode.KHM, null, false));
        assertEquals("The level of khm is missing: NATIVE, FLUENT or WORKING.", level.getMessage());
    }

    @Test
    void startsActiveWithTheWholeProfile() {
        Interpreter interpreter = interpreter();
        assertEquals(InterpreterStatus.ACTIVE, interpreter.status());
        assertTrue(interpreter.isActive());
        assertFalse(interpreter.isOnCall());
        assertEquals("interp-01", interpreter.username().orElseThrow());
        assertEquals(Fixtures.profile().build(), interpreter.profile());
        assertTrue(interpreter.serves(Province.TAK));
        assertFalse(interpreter.serves(Province.RANONG));
        assertTrue(interpreter.isSpecialisedIn(Specialisation.CHILDREN));
        assertFalse(interpreter.isSpecialisedIn(Specialisation.LEGAL));
        assertTrue(interpreter.isCertifiedIn(LanguageCode.MYA));
        assertFalse(interpreter.isCertifiedIn(LanguageCode.THA));
        assertFalse(interpreter.isStored());
        assertThrows(IllegalStateException.class, interpreter::id);
    }

    @ParameterizedTest
    @CsvSource({"mya,NATIVE,true", "mya,WORKING,true", "tha,FLUENT,true", "tha,NATIVE,false", "khm,WORKING,false"})
    void speaksALanguageAtALevelOrBetter(String language, Level minimum, boolean speaks) {
        assertEquals(speaks, interpreter().speaks(LanguageCode.of(language), minimum));
    }

    @ParameterizedTest
    @CsvSource({"2027-06-30,true", "2026-12-01,true", "2027-07-01,false"})
    void vettingIsValidUntilTheBackgroundCheckRunsOut(LocalDate date, boolean valid) {
        assertEquals(valid, interpreter().vettingValidOn(date));
    }

    @Test
    void vettingIsNeverValidWithoutAnAgreementOrACheck() {
        ProfileBuilder noAgreement = Fixtures.profile();
        noAgreement.vetting = new Vetting(LocalDate.of(2027, 6, 30), null, Set.of());
        assertFalse(new Interpreter(noAgreement.build(), NOW).vettingValidOn(LocalDate.of(2026, 12, 1)));
        ProfileBuilder noCheck = Fixtures.profile();
        noCheck.vetting = null;
        assertFalse(new Interpreter(noCheck.build(), NOW).vettingValidOn(LocalDate.of(2026, 12, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Tuesday 09:00 for 90 min,2026-12-01T02:00:00Z,90,true",
            "Tuesday 17:00 for 2 h runs past 18:00,2026-12-01T10:00:00Z,120,false",
            "Saturday morning,2026-12-05T02:00:00Z,60,false",
            "Thursday during the absence,2026-12-03T02:00:00Z,60,false",
            "Friday after the absence,2026-12-04T01:00:00Z,60,true"})
    void isAvailableInsideItsWeekAndOutsideItsAbsences(String what, Instant start, int minutes, boolean available) {
        Interpreter interpreter = interpreter();
        interpreter.replaceAvailability(Fixtures.officeHours(),
                List.of(Absence.days(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3))));
        assertEquals(available, interpreter.isAvailableFor(TimeWindow.ofMinutes(start, minutes)), what);
    }

    @Test
    void absencesReadBangkokTime() {
        Absence afternoon = Absence.bangkok(LocalDateTime.parse("2026-12-01T13:00"),
                LocalDateTime.parse("2026-12-01T17:00"));
        assertEquals(Instant.parse("2026-12-01T06:00:00Z"), afternoon.from());
        Absence day = Absence.days(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3));
        assertEquals(Instant.parse("2026-12-02T17:00:00Z"), day.from());
        assertEquals(Instant.parse("2026-12-03T17:00:00Z"), day.until());
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Absence(day.until(), day.from()));
        assertEquals("An absence must end after it starts.", e.getMessage());
    }

    enum Step {
        SUSPEND, REINSTATE
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ACTIVE,SUSPEND,SUSPENDED",
            "SUSPENDED,REINSTATE,ACTIVE",
            "SUSPENDED,SUSPEND,",
            "ACTIVE,REINSTATE,"})
    void suspendsAndReinstatesWithAReason(InterpreterStatus from, Step step, InterpreterStatus to) {
        Interpreter interpreter = interpreter();
        if (from == InterpreterStatus.SUSPENDED) {
            interpreter.suspend("Background check under review", NOW);
        }
        Runnable action = () -> {
            if (step == Step.SUSPEND) {
                interpreter.suspend("Complaint under review", NOW.plusSeconds(60));
            } else {
                interpreter.reinstate("Review closed", NOW.plusSeconds(60));
            }
        };
        if (to == null) {
            ConflictException e = assertThrows(ConflictException.class, action::run);
            assertEquals(ConflictException.WRONG_STATE, e.code());
            assertEquals(from, interpreter.status());
        } else {
            action.run();
            assertEquals(to, interpreter.status());
            assertEquals(NOW.plusSeconds(60), interpreter.statusChangedAt());
        }
    }

    @Test
    void suspendingNeedsAReasonAndSwitchesOffCall() {
        Interpreter interpreter = interpreter();
        interpreter.switchOnCall(true);
        ValidationException e = assertThrows(ValidationException.class, () -> interpreter.suspend(" ", NOW));
        assertEquals("reason", e.fieldName());
        assertTrue(interpreter.isOnCall());
        interpreter.suspend("Background check expired", NOW);
        assertFalse(interpreter.isOnCall());
        assertEquals("Background check expired", interpreter.statusReason().orElseThrow());
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> interpreter.switchOnCall(true));
        assertEquals("A suspended interpreter cannot go on call.", refused.getMessage());
        interpreter.switchOnCall(false);
    }

    @Test
    void replacesProfileAndAvailabilityInPlace() {
        Interpreter interpreter = interpreter();
        ProfileBuilder changed = Fixtures.profile();
        changed.provinces = EnumSet.of(Province.RANONG, Province.PHANG_NGA);
        changed.conflicts = Set.of(new Party(ConflictKind.COMMUNITY, "Village 7 fishing community"));
        interpreter.replaceProfile(changed.build());
        assertEquals(Set.of(Province.RANONG, Province.PHANG_NGA), interpreter.provinces());
        assertTrue(interpreter.hasConflictWith(new Party(ConflictKind.COMMUNITY, "village 7 FISHING community")));
        interpreter.replaceAvailability(Fixtures.officeHours(), List.of());
        assertEquals(5, interpreter.weeklyWindows().size());
        interpreter.replaceAvailability(null, null);
        assertTrue(interpreter.weeklyWindows().isEmpty());
        assertTrue(interpreter.weeklySchedule().isEmpty());
    }

    @Test
    void boundsTheAvailabilityItKeeps() {
        Interpreter interpreter = interpreter();
        List<Absence> tooMany = Stream.iterate(LocalDate.of(2027, 1, 1), d -> d.plusDays(1)).limit(201)
                .map(d -> Absence.days(d, d)).toList();
        ValidationException e = assertThrows(ValidationException.class,
                () -> interpreter.replaceAvailability(List.of(), tooMany));
        assertEquals("absences", e.fieldName());
    }

    @Test
    void unsavedInterpretersAreOnlyEqualToThemselves() {
        Interpreter one = interpreter();
        Interpreter two = interpreter();
        assertEquals(one, one);
        assertNotEquals(one, two);
    }

    @Test
    void interpreterIdsArePositiveNumbers() {
        assertEquals(InterpreterId.of(7), InterpreterId.parse(" 7 "));
        assertEquals("An interpreter id is a number, not 'seven'.",
                assertThrows(ValidationException.class, () -> InterpreterId.parse("seven")).getMessage());
        assertThrows(ValidationException.class, () -> InterpreterId.of(0));
    }
}
