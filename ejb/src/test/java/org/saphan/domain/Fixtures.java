package org.saphan.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRequest;
import org.saphan.domain.model.booking.GenderNeed;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.booking.Purpose;
import org.saphan.domain.model.booking.Requester;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.interpreter.ConfidentialityAgreement;
import org.saphan.domain.model.interpreter.InterpreterProfile;
import org.saphan.domain.model.interpreter.LanguageSkill;
import org.saphan.domain.model.interpreter.Training;
import org.saphan.domain.model.interpreter.Vetting;
import org.saphan.domain.model.interpreter.WeeklyWindow;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;

/**
 * Test data that every domain test starts from and changes what it tests. Made-up codes and places only: no names of
 * people, real or realistic, in case codes or notes.
 */
public final class Fixtures {

    /** Monday 30 November 2026, 10:00 in Bangkok. */
    public static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    /** Tuesday 1 December 2026, 09:00 in Bangkok. */
    public static final Instant TUESDAY_9 = Instant.parse("2026-12-01T02:00:00Z");
    public static final BookingReference REFERENCE = BookingReference.of(2026, 42);
    public static final Requester REQUESTER = new Requester("RTP-TAK", "subject-requester-1");
    public static final CaseCode CASE = CaseCode.of("RTP-2026-0042");

    private Fixtures() {
    }

    public static RequestBuilder request() {
        return new RequestBuilder();
    }

    public static Booking booking() {
        return request().booking();
    }

    public static ProfileBuilder profile() {
        return new ProfileBuilder();
    }

    /** Monday to Friday, 08:00 to 18:00 Bangkok time. */
    public static List<WeeklyWindow> officeHours() {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            windows.add(new WeeklyWindow(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
        }
        return windows;
    }

    /** A mutable stand-in for the long canonical constructor of {@link BookingRequest}. */
    public static final class RequestBuilder {
        public Purpose purpose = Purpose.SCREENING_INTERVIEW;
        public Mode mode = Mode.ON_SITE;
        public Urgency urgency = Urgency.SCHEDULED;
        public Instant start = TUESDAY_9;
        public int durationMinutes = 90;
        public LanguagePair languages = LanguagePair.withThai(LanguageCode.MYA);
        public Province province = Province.TAK;
        public String place = "District office, interview room 2";
        public GenderNeed gender;
        public Specialisation specialisation;
        public boolean minor;
        public CaseCode caseCode = CASE;
        public String note = "Interview on working conditions; allow short breaks.";
        public String contact = "Duty desk, extension 12";
        public Set<Party> parties = new HashSet<>();

        public RequestBuilder remote() {
            mode = Mode.REMOTE;
            province = null;
            place = null;
            return this;
        }

        public RequestBuilder immediate() {
            urgency = Urgency.IMMEDIATE;
            start = NOW;
            return this;
        }

        public RequestBuilder start(Instant value) {
            start = value;
            return this;
        }

        public RequestBuilder minutes(int value) {
            durationMinutes = value;
            return this;
        }

        public RequestBuilder gender(GenderNeed value) {
            gender = value;
            return this;
        }

        public RequestBuilder specialisation(Specialisation value) {
            specialisation = value;
            return this;
        }

        public RequestBuilder province(Province value) {
            province = value;
            return this;
        }

        public RequestBuilder party(Party value) {
            parties.add(value);
            return this;
        }

        public BookingRequest build() {
            return new BookingRequest(purpose, mode, urgency, start, durationMinutes, languages, province, place,
                    gender, specialisation, minor, caseCode, note, contact, parties);
        }

        public Booking booking() {
            return new Booking(REFERENCE, REQUESTER, build(), NOW);
        }
    }

    /** A vetted Burmese-Thai interpreter serving Tak, by default. */
    public static final class ProfileBuilder {
        public String username = "interp-01";
        public String name = "Interpreter Zero-One";
        public Gender gender = Gender.FEMALE;
        public List<LanguageSkill> languages = new ArrayList<>(List.of(
                new LanguageSkill(LanguageCode.MYA, Level.NATIVE, true),
                new LanguageSkill(LanguageCode.THA, Level.FLUENT, false)));
        public Set<Specialisation> specialisations = EnumSet.of(Specialisation.CHILDREN);
        public Set<Province> provinces = EnumSet.of(Province.TAK);
        public boolean remote = true;
        public Vetting vetting = new Vetting(LocalDate.of(2027, 6, 30),
                new ConfidentialityAgreement(LocalDate.of(2026, 1, 10), "2"), EnumSet.of(Training.VICTIM_CENTRED));
        public Set<Party> conflicts = new HashSet<>();

        public InterpreterProfile build() {
            return new InterpreterProfile(username, name, gender, languages, specialisations, provinces, remote,
                    vetting, conflicts);
        }
    }
}
