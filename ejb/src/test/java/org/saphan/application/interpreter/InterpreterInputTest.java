package org.saphan.application.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.application.interpreter.AvailabilityInput.AbsenceInput;
import org.saphan.application.interpreter.AvailabilityInput.WeeklyInput;
import org.saphan.application.interpreter.InterpreterInput.AgreementInput;
import org.saphan.application.interpreter.InterpreterInput.ConflictInput;
import org.saphan.application.interpreter.InterpreterInput.LanguageInput;
import org.saphan.application.interpreter.InterpreterInput.VettingInput;
import org.saphan.domain.model.interpreter.InterpreterFilter;
import org.saphan.domain.model.interpreter.InterpreterProfile;
import org.saphan.domain.model.interpreter.InterpreterStatus;
import org.saphan.domain.model.interpreter.Training;
import org.saphan.domain.model.interpreter.WeeklyWindow;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.ValidationException;

/** Turning the JSON-shaped inputs into domain values: what passes, and which field each refusal names. */
class InterpreterInputTest {

    /** The API's example profile, with made-up names only. */
    static InterpreterInput example() {
        return new InterpreterInput("Interp-07", "Interpreter Zero-Seven", "female",
                List.of(new LanguageInput("mya", "NATIVE", true), new LanguageInput("tha", "fluent", null)),
                List.of("CHILDREN", "psychosocial"), List.of("Tak", "PHANG_NGA", "samut sakhon"), true,
                new VettingInput("2027-06-30", new AgreementInput("2026-01-10", "2"),
                        List.of("VICTIM_CENTRED", "trauma-informed")),
                List.of(new ConflictInput("COMMUNITY", "  Village  Seven ")), "ACTIVE");
    }

    @Test
    void theExampleProfileReadsAsTypedValues() {
        InterpreterProfile profile = example().toProfile();
        assertEquals("interp-07", profile.username(), "usernames are kept in lower case, as Keycloak keeps them");
        assertEquals(Gender.FEMALE, profile.gender());
        assertEquals(LanguageCode.MYA, profile.languages().get(0).language());
        assertTrue(profile.languages().get(0).certified());
        assertEquals(Level.FLUENT, profile.languages().get(1).level());
        assertFalse(profile.languages().get(1).certified(), "certified defaults to false");
        assertEquals(EnumSet.of(Specialisation.CHILDREN, Specialisation.PSYCHOSOCIAL),
                profile.specialisations());
        assertEquals(EnumSet.of(Province.TAK, Province.PHANG_NGA, Province.SAMUT_SAKHON),
                profile.provinces());
        assertTrue(profile.remote());
        assertEquals(LocalDate.of(2027, 6, 30), profile.vetting().backgroundCheckValidUntil());
        assertEquals("2", profile.vetting().confidentialityAgreement().version());
        assertEquals(EnumSet.of(Training.VICTIM_CENTRED, Training.TRAUMA_INFORMED),
                profile.vetting().trainings());
        assertEquals("Village Seven", profile.conflicts().iterator().next().name());
        assertEquals(Optional.of(InterpreterStatus.ACTIVE), example().statedStatus());
    }

    @Test
    void optionalPartsMayBeLeftOut() {
        InterpreterInput bare = new InterpreterInput(null, "Interpreter Zero-Eight", "MALE",
                List.of(new LanguageInput("khm", "WORKING", null), new LanguageInput("tha", "NATIVE", false)), null,
                null, true, null, null, null);
        InterpreterProfile profile = bare.toProfile();
        assertEquals(null, profile.username());
        assertTrue(profile.provinces().isEmpty());
        assertTrue(profile.vetting().validUntil().isEmpty(), "no vetting is never valid");
        assertEquals(Optional.empty(), bare.statedStatus());
    }

    static Stream<Arguments> profileRefusals() {
        return Stream.of(
                refusal("no name", p -> with(p, 1, null), "name", "name is missing"),
                refusal("no gender", p -> with(p, 2, null), "gender", "Gender is missing"),
                refusal("unknown gender", p -> with(p, 2, "woman"), "gender", "Unknown gender 'woman'"),
                refusal("unknown language code", p -> with(p, 3, List.of(new LanguageInput("myn", "NATIVE", true),
                        new LanguageInput("tha", "FLUENT", true))), "languages[0].code", "Unknown language code 'myn'"),
                refusal("missing level", p -> with(p, 3, List.of(new LanguageInput("mya", "NATIVE", true),
                        new LanguageInput("tha", null, true))), "languages[1].level", "Level is missing"),
                refusal("unknown level", p -> with(p, 3, List.of(new LanguageInput("mya", "expert", true),
                        new LanguageInput("tha", "FLUENT", true))), "languages[0].level", "Unknown level 'expert'"),
                refusal("null language entry", p -> with(p, 3, Arrays.asList(new LanguageInput("mya", "NATIVE", true),
                        null)), "languages[1]", "is empty"),
                refusal("one language only", p -> with(p, 3, List.of(new LanguageInput("mya", "NATIVE", true))),
                        "languages", "at least two languages"),
                refusal("language twice", p -> with(p, 3, List.of(new LanguageInput("mya", "NATIVE", true),
                        new LanguageInput("MYA", "FLUENT", true))), "languages", "listed twice"),
                refusal("unknown specialisation", p -> with(p, 4, List.of("CHILDREN", "cooking")),
                        "specialisations[1]", "Unknown specialisation 'cooking'"),
                refusal("unknown province", p -> with(p, 5, List.of("Tak", "Atlantis")), "provinces[1]",
                        "Unknown province 'Atlantis'"),
                refusal("no province and not remote", p -> with(with(p, 5, List.of()), 6, false), "provinces",
                        "at least one province"),
                refusal("bad check date", p -> with(p, 7, new VettingInput("30/06/2027", null, null)),
                        "vetting.backgroundCheckValidUntil", "is not a date"),
                refusal("agreement without date", p -> with(p, 7, new VettingInput(null, new AgreementInput(null,
                        "2"), null)), "vetting.confidentialityAgreement.signedOn", "signed is missing"),
                refusal("agreement without version", p -> with(p, 7, new VettingInput(null, new AgreementInput(
                        "2026-01-10", " "), null)), "vetting.confidentialityAgreement.version", "version"),
                refusal("unknown training", p -> with(p, 7, new VettingInput(null, null, List.of("first aid"))),
                        "vetting.trainings[0]", "Unknown training 'first aid'"),
                refusal("unknown conflict kind", p -> with(p, 8, List.of(new ConflictInput("family", "x"))),
                        "conflicts[0].kind", "Unknown kind of conflict 'family'"),
                refusal("conflict without value", p -> with(p, 8, List.of(new ConflictInput("PERSON", ""))),
                        "conflicts[0].value", "name of the party is missing"),
                refusal("username with a space", p -> with(p, 0, "interp 07"), "username", "sign-in name"),
                refusal("too many conflicts", p -> with(p, 8, Collections.nCopies(201,
                        new ConflictInput("PERSON", "x"))), "conflicts", "At most 200"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileRefusals")
    void profileRefusalsNameTheField(String what, UnaryOperator<InterpreterInput> change, String field,
            String message) {
        ValidationException e = assertThrows(ValidationException.class, () -> change.apply(example()).toProfile());
        assertEquals(field, e.fieldName(), what);
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
    }

    @Test
    void anUnknownStatusIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> with(example(), 9, "retired").statedStatus());
        assertEquals("status", e.fieldName());
    }

    static Stream<Arguments> availabilityRefusals() {
        List<AbsenceInput> none = List.of();
        List<WeeklyInput> noWeekly = List.of();
        return Stream.of(
                Arguments.of("weekly missing", new AvailabilityInput(null, none), "weekly", "[] for none"),
                Arguments.of("absences missing", new AvailabilityInput(noWeekly, null), "absences", "[] for none"),
                Arguments.of("unknown day", weekly(new WeeklyInput("Mon", "08:00", "17:00")), "weekly[0].day",
                        "Unknown day 'Mon'"),
                Arguments.of("no start", weekly(new WeeklyInput("MONDAY", null, "17:00")), "weekly[0].from",
                        "is missing"),
                Arguments.of("bad time", weekly(new WeeklyInput("MONDAY", "8am", "17:00")), "weekly[0].from",
                        "not a time of day"),
                Arguments.of("seconds", weekly(new WeeklyInput("MONDAY", "08:00:30", "17:00")), "weekly[0].from",
                        "whole minutes"),
                Arguments.of("24:00 as a start", weekly(new WeeklyInput("MONDAY", "24:00", "17:00")),
                        "weekly[0].from", "not a time of day"),
                Arguments.of("from after to", weekly(new WeeklyInput("MONDAY", "08:00", "17:00"),
                        new WeeklyInput("TUESDAY", "17:00", "08:00")), "weekly[1]", "before it starts"),
                Arguments.of("null window", new AvailabilityInput(Arrays.asList((WeeklyInput) null), none),
                        "weekly[0]", "is empty"),
                Arguments.of("too many windows", new AvailabilityInput(Collections.nCopies(51,
                        new WeeklyInput("MONDAY", "08:00", "09:00")), none), "weekly", "At most 50"),
                Arguments.of("absence without end", absence(new AbsenceInput("2026-12-01T02:00:00Z", null)),
                        "absences[0].to", "is missing"),
                Arguments.of("absence not an instant", absence(new AbsenceInput("2026-12-01", "2026-12-02")),
                        "absences[0].from", "not an instant"),
                Arguments.of("absence from after to", absence(new AbsenceInput("2026-12-02T02:00:00Z",
                        "2026-12-01T02:00:00Z")), "absences[0]", "end after it starts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("availabilityRefusals")
    void availabilityRefusalsNameTheField(String what, AvailabilityInput input, String field, String message) {
        ValidationException e = assertThrows(ValidationException.class, () -> {
            input.toWeeklyWindows();
            input.toAbsences();
        });
        assertEquals(field, e.fieldName(), what);
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
    }

    @Test
    void availabilityReadsBangkokTimesAndInstants() {
        AvailabilityInput input = new AvailabilityInput(
                List.of(new WeeklyInput("monday", "08:00", "17:00"), new WeeklyInput("SUNDAY", "18:00", "24:00")),
                List.of(new AbsenceInput("2026-12-01T09:00:00+07:00", "2026-12-03T02:00:00Z")));
        List<WeeklyWindow> weekly = input.toWeeklyWindows();
        assertEquals(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)), weekly.get(0));
        assertEquals(LocalTime.MIDNIGHT, weekly.get(1).to(), "24:00 is the end of the day");
        assertEquals(Instant.parse("2026-12-01T02:00:00Z"), input.toAbsences().get(0).from(),
                "an offset is turned into the instant");
    }

    @Test
    void onCallMustBeSaid() {
        assertTrue(new OnCallInput(true).toOnCall());
        assertEquals("onCall", assertThrows(ValidationException.class, () -> new OnCallInput(null).toOnCall())
                .fieldName());
    }

    @Test
    void theListQueryReadsItsOptions() {
        assertEquals(InterpreterFilter.all(), new InterpreterQuery(" ", null).toFilter());
        assertEquals(InterpreterFilter.all().speaking(LanguageCode.KHM).withStatus(InterpreterStatus.SUSPENDED),
                new InterpreterQuery("KHM", "suspended").toFilter());
        assertEquals("language", assertThrows(ValidationException.class,
                () -> new InterpreterQuery("xx", null).toFilter()).fieldName());
        assertEquals("status", assertThrows(ValidationException.class,
                () -> new InterpreterQuery(null, "gone").toFilter()).fieldName());
    }

    private static Arguments refusal(String what, UnaryOperator<InterpreterInput> change, String field,
            String message) {
        return Arguments.of(what, change, field, message);
    }

    private static AvailabilityInput weekly(WeeklyInput... windows) {
        return new AvailabilityInput(List.of(windows), List.of());
    }

    private static AvailabilityInput absence(AbsenceInput absence) {
        return new AvailabilityInput(List.of(), List.of(absence));
    }

    /** A copy of the input with its component number {@code index} replaced: records have no withers. */
    static InterpreterInput with(InterpreterInput input, int index, Object value) {
        var components = InterpreterInput.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = i == index ? value : components[i].getAccessor().invoke(input);
                types[i] = components[i].getType();
            }
            return InterpreterInput.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
