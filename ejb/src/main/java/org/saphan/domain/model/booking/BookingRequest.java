package org.saphan.domain.model.booking;

import java.time.Instant;
import java.util.Set;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.model.shared.ValidationException;

/**
 * What a requester asks for, checked as a whole: every rule that does not depend on the clock or on other bookings.
 * A {@link Booking} is made from it. Field names in the errors are those of the API.
 *
 * @param interpreterGender null when gender does not matter
 * @param specialisation null when none is needed; must be {@code CHILDREN} when the person is a minor
 * @param province where an on-site booking happens; for a remote one, optional, where the requester is
 * @param place where the interpreter goes, for an on-site booking only
 * @param noteForInterpreter only what the interpreter needs to know; never the person's name
 * @param requesterContact how the interpreter reaches the requester on the day; shown once assigned
 * @param parties communities, organisations or people involved, checked against interpreters' declared conflicts
 */
public record BookingRequest(Purpose purpose, Mode mode, Urgency urgency, Instant start, int durationMinutes,
        LanguagePair languages, Province province, String place, GenderNeed interpreterGender,
        Specialisation specialisation, boolean personIsMinor, CaseCode caseCode, String noteForInterpreter,
        String requesterContact, Set<Party> parties) {

    public static final int MAX_DURATION_MINUTES = 12 * 60;
    public static final int MAX_PLACE = 200;
    public static final int MAX_NOTE = 500;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_PARTIES = 20;

    public BookingRequest {
        ValidationException.requirePresent(purpose, "purpose", "The purpose is missing: one of SCREENING_INTERVIEW, "
                + "PSYCHOSOCIAL_SESSION, RETURN_PROCESS, MEDICAL, LEGAL_PROCEEDING, CASE_MANAGEMENT.");
        ValidationException.requirePresent(mode, "mode", "The mode is missing: ON_SITE or REMOTE.");
        ValidationException.requirePresent(urgency, "urgency", "The urgency is missing: SCHEDULED or IMMEDIATE.");
        ValidationException.requirePresent(start, "start", "The start time is missing.");
        if (durationMinutes <= 0) {
            throw new ValidationException("durationMinutes", "The duration must be at least one minute, not "
                    + durationMinutes + ".");
        }
        if (durationMinutes > MAX_DURATION_MINUTES) {
            throw new ValidationException("durationMinutes", "A booking lasts at most " + MAX_DURATION_MINUTES
                    + " minutes (12 hours), not " + durationMinutes + ": book a longer day as two bookings.");
        }
        ValidationException.requirePresent(languages, "language",
                "The person's language is missing: give its ISO 639-3 code, such as mya.");
        place = ValidationException.optionalText(place);
        if (mode == Mode.ON_SITE) {
            ValidationException.requirePresent(province, "province",
                    "An on-site booking needs the province where it happens, such as Tak.");
            ValidationException.requirePresent(place, "place",
                    "An on-site booking needs the place where the interpreter should go.");
        }
        ValidationException.requireAtMost(place, MAX_PLACE, "place", "The place");
        if (personIsMinor && specialisation != Specialisation.CHILDREN) {
            throw new ValidationException("specialisation", "The person is a minor, so the booking needs an "
                    + "interpreter specialised in children: set the specialisation to CHILDREN.");
        }
        ValidationException.requirePresent(caseCode, "caseCode", "The case code is missing: the agency's code for "
                + "the person, such as RTP-2026-0042, never a name.");
        noteForInterpreter = ValidationException.optionalText(noteForInterpreter);
        ValidationException.requireAtMost(noteForInterpreter, MAX_NOTE, "noteForInterpreter", "The note");
        requesterContact = ValidationException.optionalText(requesterContact);
        ValidationException.requireAtMost(requesterContact, MAX_CONTACT, "requesterContact", "The contact");
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        if (parties.size() > MAX_PARTIES) {
            throw new ValidationException("parties", "At most " + MAX_PARTIES + " parties, not " + parties.size()
                    + ".");
        }
    }

    public TimeWindow window() {
        return TimeWindow.ofMinutes(start, durationMinutes);
    }
}
