package org.saphan.application.internal;

import org.saphan.domain.model.shared.Sha256;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.saphan.application.booking.BookingInput;
import org.saphan.domain.model.booking.BookingRequest;
import org.saphan.domain.model.booking.GenderNeed;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.booking.Purpose;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.EnumValues;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeBounds;
import org.saphan.domain.model.shared.ValidationException;

/** Turns the API's booking input into the domain's request, one clear message per field at fault. */
final class BookingInputs {

    private BookingInputs() {
    }

    static BookingRequest toRequest(BookingInput in) {
        if (in == null) {
            throw ValidationException.ofWhole("The request body is missing: send the booking as JSON.");
        }
        LanguageCode person = LanguageCode.of(ValidationException.requireText(in.language(), "language",
                "The person's language is missing: give its ISO 639-3 code, such as mya."), "language");
        LanguageCode other = in.otherLanguage() == null || in.otherLanguage().isBlank()
                ? LanguageCode.of("tha")
                : LanguageCode.of(in.otherLanguage(), "otherLanguage");
        GenderNeed gender = null;
        if (in.interpreterGender() != null && in.interpreterGender().value() != null) {
            gender = new GenderNeed(EnumValues.parse(Gender.class, in.interpreterGender().value(), "interpreterGender"),
                    Boolean.TRUE.equals(in.interpreterGender().required()));
        }
        Set<Party> parties = new LinkedHashSet<>();
        if (in.parties() != null) {
            for (BookingInput.PartyInput p : in.parties()) {
                if (p != null) {
                    parties.add(new Party(EnumValues.parse(ConflictKind.class, p.kind(), "parties"), p.value()));
                }
            }
        }
        return new BookingRequest(
                EnumValues.parse(Purpose.class, in.purpose(), "purpose"),
                EnumValues.parse(Mode.class, in.mode(), "mode"),
                EnumValues.parse(Urgency.class, in.urgency(), "urgency"),
                instant(in.start(), "start"),
                in.durationMinutes() == null ? 0 : in.durationMinutes(),
                new LanguagePair(person, other),
                in.province() == null || in.province().isBlank() ? null : Province.of(in.province(), "province"),
                in.place(),
                gender,
                in.specialisation() == null || in.specialisation().isBlank()
                        ? null
                        : EnumValues.parse(Specialisation.class, in.specialisation(), "specialisation"),
                Boolean.TRUE.equals(in.personIsMinor()),
                in.caseCode() == null ? null : CaseCode.of(in.caseCode()),
                in.noteForInterpreter(),
                in.requesterContact(),
                parties);
    }

    static Instant instant(String text, String field) {
        ValidationException.requireText(text, field, "The " + field + " time is missing: give an ISO-8601 instant "
                + "in UTC, such as 2026-12-01T02:00:00Z.");
        try {
            return TimeBounds.check(Instant.parse(text.strip()), field);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + text.strip() + "' is not an ISO-8601 instant in UTC, such as "
                    + "2026-12-01T02:00:00Z.");
        }
    }

    /** A digest of what was asked, to tell a retry of the same request from a different one under the same key. */
    static String fingerprint(BookingInput in) {
        return Sha256.hex(String.valueOf(in));
    }
}
