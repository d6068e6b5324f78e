package org.saphan.domain.model.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.domain.Fixtures.RequestBuilder;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.ValidationException;

class BookingValidationTest {

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                invalid("start", "The start (2026-11-30T02:59:00Z) is in the past: a scheduled booking starts in the "
                        + "future. For someone waiting now, make an IMMEDIATE booking.",
                        r -> r.start(Fixtures.NOW.minusSeconds(60))),
                invalid("start", "The start (2026-11-30T03:00:00Z) is in the past: a scheduled booking starts in the "
                        + "future. For someone waiting now, make an IMMEDIATE booking.", r -> r.start(Fixtures.NOW)),
                invalid("start", "The start (2026-11-30T02:44:00Z) is in the past: an immediate booking starts now.",
                        r -> r.immediate().start(Fixtures.NOW.minus(Duration.ofMinutes(16)))),
                invalid("start", "An immediate booking starts now, not at 2026-11-30T04:01:00Z: make a SCHEDULED "
                        + "booking for a later start.",
                        r -> r.immediate().start(Fixtures.NOW.plus(
                                Duration.ofMinutes(61)))),
                invalid("start", "The start time is missing.", r -> r.start(null)),
                invalid("durationMinutes", "The duration must be at least one minute, not 0.", r -> r.minutes(0)),
                invalid("durationMinutes", "The duration must be at least one minute, not -30.", r -> r.minutes(-30)),
                invalid("durationMinutes", "A booking lasts at most 720 minutes (12 hours), not 721: book a longer "
                        + "day as two bookings.", r -> r.minutes(721)),
                invalid("province", "An on-site booking needs the province where it happens, such as Tak.",
                        r -> r.province(null)),
                invalid("place", "An on-site booking needs the place where the interpreter should go.",
                        r -> r.place = "  "),
                invalid("place", "The place is too long: at most 200 characters, not 201.",
                        r -> r.place = "p".repeat(201)),
                invalid("language", "Unknown language code 'xyz': use an ISO 639-3 code Saphan supports, one of tha, "
                        + "mya, khm, lao, vie, shn, ksw, kjp, mnw, rhg, eng, cmn, zsm, ind, ben.",
                        r -> r.languages = LanguagePair.of("xyz", "tha")),
                invalid("language", "The person's language is missing: give its ISO 639-3 code, such as mya.",
                        r -> r.languages = null),
                invalid("specialisation", "The person is a minor, so the booking needs an interpreter specialised in "
                        + "children: set the specialisation to CHILDREN.", r -> r.minor = true),
                invalid("specialisation", "The person is a minor, so the booking needs an interpreter specialised in "
                        + "children: set the specialisation to CHILDREN.", r -> {
                            r.minor = true;
                            r.specialisation = Specialisation.MEDICAL;
                        }),
                invalid("caseCode", "The case code is missing: the agency's code for the person, such as "
                        + "RTP-2026-0042, never a name.", r -> r.caseCode = null),
                invalid("noteForInterpreter", "The note is too long: at most 500 characters, not 501.",
                        r -> r.note = "n".repeat(501)),
                invalid("purpose", "The purpose is missing: one of SCREENING_INTERVIEW, PSYCHOSOCIAL_SESSION, "
                        + "RETURN_PROCESS, MEDICAL, LEGAL_PROCEEDING, CASE_MANAGEMENT.", r -> r.purpose = null),
                invalid("mode", "The mode is missing: ON_SITE or REMOTE.", r -> r.mode = null),
                invalid("urgency", "The urgency is missing: SCHEDULED or IMMEDIATE.", r -> r.urgency = null),
                invalid("interpreterGender", "The interpreter gender is missing: FEMALE, MALE or OTHER.",
                        r -> r.gender(new GenderNeed(null, true))));
    }

    private static Arguments invalid(String field, String message, Consumer<RequestBuilder> change) {
        return Arguments.of(field, message, change);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidRequests")
    void refusesWithAMessageForTheField(String field, String message, Consumer<RequestBuilder> change) {
        ValidationException e = assertThrows(ValidationException.class, () -> {
            RequestBuilder request = Fixtures.request();
            change.accept(request);
            request.booking();
        });
        assertEquals(field, e.fieldName());
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> validRequests() {
        return Stream.of(
                Arguments.of("on site, scheduled", (Consumer<RequestBuilder>) r -> {
                }),
                Arguments.of("remote without province or place", (Consumer<RequestBuilder>) RequestBuilder::remote),
                Arguments.of("immediate, started a moment ago", (Consumer<RequestBuilder>) r -> r.immediate()
                        .start(Fixtures.NOW.minus(Duration.ofMinutes(15)))),
                Arguments.of("a minor with a children's specialist", (Consumer<RequestBuilder>) r -> {
                    r.minor = true;
                    r.specialisation = Specialisation.CHILDREN;
                }),
                Arguments.of("twelve hours", (Consumer<RequestBuilder>) r -> r.minutes(720)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRequests")
    void acceptsWhatTheDesignAllows(String what, Consumer<RequestBuilder> change) {
        RequestBuilder request = Fixtures.request();
        change.accept(request);
        Booking booking = request.booking();
        assertEquals(BookingStatus.OPEN, booking.status());
        assertEquals(0, booking.currentWave());
        assertEquals(Fixtures.NOW, booking.createdAt());
    }

    @Test
    void keepsWhatWasAskedFor() {
        Booking booking = Fixtures.request().gender(GenderNeed.required(Gender.FEMALE))
                .booking();
        assertEquals(Fixtures.REFERENCE, booking.reference());
        assertEquals("RTP-TAK", booking.agency());
        assertTrue(booking.belongsTo("RTP-TAK"));
        assertEquals(false, booking.belongsTo("MSDHS-BKK"));
        assertEquals(GenderNeed.required(Gender.FEMALE),
                booking.interpreterGender().orElseThrow());
        assertEquals(Fixtures.TUESDAY_9.plus(Duration.ofMinutes(90)), booking.window().end());
        assertEquals("District office, interview room 2", booking.place().orElseThrow());
        assertEquals(Fixtures.CASE, booking.caseCode());
    }

    @Test
    void bookingsAreEqualByReference() {
        Booking one = Fixtures.booking();
        Booking same = Fixtures.request().remote().booking();
        Booking other = new Booking(BookingReference.of(2026, 43), Fixtures.REQUESTER, Fixtures.request().build(),
                Fixtures.NOW);
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertTrue(!one.equals(other));
    }

    @ParameterizedTest
    @CsvSource({"2026,123,SPH-2026-000123", "2027,1,SPH-2027-000001", "2030,1234567,SPH-2030-1234567"})
    void referencesLookLikeSphYearNumber(int year, long number, String expected) {
        BookingReference reference = BookingReference.of(year, number);
        assertEquals(expected, reference.value());
        assertEquals(year, reference.year());
        assertEquals(number, reference.number());
        assertEquals(reference, BookingReference.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"SPH-2026-00012", "sph-2026-000123", "SPH-26-000123", "SPH-2026-0001A3", "SPH2026-000123", "''"})
    void refusesMalformedReferences(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> BookingReference.parse(text));
        assertEquals("reference", e.fieldName());
        assertTrue(e.getMessage().startsWith("A booking reference looks like SPH-2026-000123"), e.getMessage());
        assertTrue(BookingReference.tryParse(text).isEmpty());
    }

    @Test
    void requesterNeedsAnAgency() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Requester(" ", "subject"));
        assertEquals("agency", e.fieldName());
        assertEquals("The requester's agency is missing.", e.getMessage());
    }
}
