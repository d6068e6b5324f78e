package org.saphan.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @ParameterizedTest
    @CsvSource({"tha,THA", "mya,MYA", "khm,KHM", "lao,LAO", "vie,VIE", "shn,SHN", "ksw,KSW", "mnw,MNW", "rhg,RHG",
            "eng,ENG", "' MYA ',MYA"})
    void readsTheLanguagesOfTheDesign(String typed, LanguageCode expected) {
        assertEquals(expected, LanguageCode.of(typed));
        assertEquals(expected.code(), expected.name().toLowerCase());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "xyz|Unknown language code 'xyz': use an ISO 639-3 code Saphan supports",
            "my|Unknown language code 'my'",
            "''|The language is missing: give its ISO 639-3 code"})
    void refusesUnknownLanguagesWithAMessage(String typed, String message) {
        ValidationException e = assertThrows(ValidationException.class, () -> LanguageCode.of(typed, "language"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertTrue(e.getMessage().contains("tha, mya"), "lists the supported codes: " + e.getMessage());
        assertEquals("language", e.fieldName());
        assertEquals(DomainException.Kind.INVALID, e.kind());
    }

    @Test
    void languagePairDefaultsToThaiAndRefusesTheSameLanguageTwice() {
        assertEquals(LanguageCode.THA, LanguagePair.of("khm", null).otherLanguage());
        assertEquals(LanguageCode.ENG, LanguagePair.of("khm", "eng").otherLanguage());
        ValidationException e = assertThrows(ValidationException.class, () -> LanguagePair.of("tha", "tha"));
        assertEquals("otherLanguage", e.fieldName());
        assertTrue(e.getMessage().contains("two different languages"), e.getMessage());
        ValidationException unknownOther = assertThrows(ValidationException.class,
                () -> LanguagePair.of("mya", "zzz"));
        assertEquals("otherLanguage", unknownOther.fieldName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RTP-2026-0042", "A1B", "MSDHS-BKK-17", "NGO-7-X", "12345678901234567890123456789012"})
    void acceptsCaseCodesOfCapitalsDigitsAndDashes(String code) {
        assertEquals(code, CaseCode.of(code).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|The case code is missing.",
            "A1|The case code has 2 characters.",
            "123456789012345678901234567890123|The case code has 33 characters.",
            "rtp-2026-0042|The case code may not contain 'r'.",
            "RTP 2026|The case code may not contain ' '.",
            "RTP_2026|The case code may not contain '_'.",
            "-RTP-1|The case code may not start or end with a dash.",
            "RTP-1-|The case code may not start or end with a dash.",
            "SOMEONE|The case code has no digit."})
    void refusesCaseCodesThatCouldHoldAName(String code, String message) {
        ValidationException e = assertThrows(ValidationException.class, () -> CaseCode.of(code));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertTrue(e.getMessage().endsWith("never a name."), "explains why: " + e.getMessage());
        assertEquals("caseCode", e.fieldName());
    }

    @ParameterizedTest
    @CsvSource({"Tak,TAK", "Phang Nga,PHANG_NGA", "PHANG_NGA,PHANG_NGA", "sa kaeo,SA_KAEO", "Samut Sakhon,SAMUT_SAKHON",
            "Bangkok,BANGKOK", "Ranong,RANONG", "Chiang Rai,CHIANG_RAI", "Trat,TRAT", "Surat Thani,SURAT_THANI",
            "Songkhla,SONGKHLA", "Phuket,PHUKET", "chiangmai,CHIANG_MAI"})
    void readsProvincesByTheirEnglishNames(String typed, Province expected) {
        assertEquals(expected, Province.of(typed));
    }

    @Test
    void knowsAllSeventySevenProvincesAndRefusesOthers() {
        assertEquals(77, Province.values().length);
        assertEquals("Phang Nga", Province.PHANG_NGA.englishName());
        ValidationException e = assertThrows(ValidationException.class, () -> Province.of("Atlantis"));
        assertEquals("province", e.fieldName());
        assertTrue(e.getMessage().startsWith("Unknown province 'Atlantis'"), e.getMessage());
        assertThrows(ValidationException.class, () -> Province.of(" "));
    }

    @ParameterizedTest
    @CsvSource({
            // other start, other minutes, buffer minutes, overlaps (booking is 09:00-10:30)
            "2026-12-01T02:00:00Z, 90, 0, true", // the same time
            "2026-12-01T03:00:00Z, 60, 0, true", // starts inside
            "2026-12-01T01:00:00Z, 60, 0, false", // ends as it starts
            "2026-12-01T03:30:00Z, 60, 0, false", // starts as it ends
            "2026-12-01T03:30:00Z, 60, 30, true", // too close with a travel buffer
            "2026-12-01T04:00:00Z, 60, 30, false", // just far enough
            "2026-12-01T00:30:00Z, 60, 31, true", // too close before
            "2026-12-01T00:30:00Z, 60, 30, false"})
    void overlapsCountTheBuffer(Instant otherStart, long otherMinutes, long bufferMinutes, boolean overlaps) {
        TimeWindow booking = TimeWindow.ofMinutes(Instant.parse("2026-12-01T02:00:00Z"), 90);
        TimeWindow other = TimeWindow.ofMinutes(otherStart, otherMinutes);
        assertEquals(overlaps, booking.overlaps(other, Duration.ofMinutes(bufferMinutes)));
        assertEquals(overlaps, other.overlaps(booking, Duration.ofMinutes(bufferMinutes)), "symmetric");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5})
    void aTimeWindowLastsAtLeastAMinute(long minutes) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> TimeWindow.ofMinutes(Instant.parse("2026-12-01T02:00:00Z"), minutes));
        assertEquals("durationMinutes", e.fieldName());
        assertEquals("The duration must be at least one minute, not " + minutes + ".", e.getMessage());
    }

    @Test
    void aTimeWindowKnowsItsEndItsBangkokDateAndWhatItContains() {
        TimeWindow lateNight = TimeWindow.ofMinutes(Instant.parse("2026-12-01T18:00:00Z"), 60);
        assertEquals(Instant.parse("2026-12-01T19:00:00Z"), lateNight.end());
        assertEquals("2026-12-02", lateNight.bangkokDate().toString(), "01:00 next day in Bangkok");
        assertTrue(lateNight.contains(Instant.parse("2026-12-01T18:00:00Z")));
        assertFalse(lateNight.contains(Instant.parse("2026-12-01T19:00:00Z")));
        assertThrows(ValidationException.class, () -> TimeWindow.between(lateNight.end(), lateNight.start()));
    }

    @Test
    void partiesAreTheSameWhateverTheCaseAndSpacing() {
        Party typed = new Party(ConflictKind.ORGANISATION, "  Golden  Boat   Fishing Co ");
        Party stored = new Party(ConflictKind.ORGANISATION, "golden boat fishing co");
        assertEquals(stored, typed);
        assertEquals(stored.hashCode(), typed.hashCode());
        assertEquals("Golden Boat Fishing Co", typed.name());
        assertNotEquals(stored, new Party(ConflictKind.COMMUNITY, "golden boat fishing co"));
        ValidationException e = assertThrows(ValidationException.class, () -> new Party(ConflictKind.PERSON, " "));
        assertEquals("The name of the party is missing.", e.getMessage());
    }

    @Test
    void enumValuesListWhatIsAllowed() {
        assertEquals(Level.FLUENT, EnumValues.parse(Level.class, "fluent", "level"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> EnumValues.parse(Level.class, "expert", "level"));
        assertEquals("Unknown level 'expert': use one of WORKING, FLUENT, NATIVE.", e.getMessage());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> EnumValues.parse(Gender.class, null, "gender"));
        assertEquals("Gender is missing: use one of FEMALE, MALE, OTHER.", missing.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"WORKING,WORKING,true", "FLUENT,WORKING,true", "NATIVE,FLUENT,true", "WORKING,FLUENT,false",
            "FLUENT,NATIVE,false"})
    void levelsAreOrdered(Level level, Level minimum, boolean atLeast) {
        assertEquals(atLeast, level.isAtLeast(minimum));
    }

    @Test
    void exceptionsCarryTheirKindForTheInterfaceLayer() {
        assertEquals(DomainException.Kind.RULE_VIOLATION, new RuleViolationException("x").kind());
        assertEquals(DomainException.Kind.CONFLICT, new ConflictException("taken", "x").kind());
        NotFoundException notFound = new NotFoundException("booking", "SPH-2026-000001");
        assertEquals(DomainException.Kind.NOT_FOUND, notFound.kind());
        assertEquals("No booking SPH-2026-000001.", notFound.getMessage());
        assertTrue(notFound.field().isEmpty());
    }
}
