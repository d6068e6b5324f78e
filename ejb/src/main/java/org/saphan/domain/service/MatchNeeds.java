package org.saphan.domain.service;

import java.util.LinkedHashSet;
import java.util.Set;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.GenderNeed;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeWindow;

/**
 * A booking's needs, worked out once per match in the form the inner loop compares: bit masks, epoch numbers and the
 * minute of the week in Asia/Bangkok. The requester's agency counts as a party of the booking, so an interpreter who
 * declared a conflict with that organisation is never matched to its bookings.
 */
public final class MatchNeeds {

    final BookingReference reference;
    final LanguageCode personLanguage;
    final LanguageCode otherLanguage;
    final long languageMask;
    final long dateEpochDay;
    final Gender gender;
    final boolean genderRequired;
    final Specialisation specialisation;
    final int specialisationBit;
    final String[] partyKeys;
    final boolean immediate;
    final boolean onSite;
    final long startMillis;
    final long endMillis;
    final int startMinuteOfWeek;
    final int lengthMinutes;
    final Province province;
    final int provinceOrdinal;

    private MatchNeeds(Booking booking) {
        this.reference = booking.reference();
        this.personLanguage = booking.languages().personLanguage();
        this.otherLanguage = booking.languages().otherLanguage();
        this.languageMask = (1L << personLanguage.ordinal()) | (1L << otherLanguage.ordinal());
        TimeWindow window = booking.window();
        this.dateEpochDay = window.bangkokDate().toEpochDay();
        GenderNeed need = booking.interpreterGender().orElse(null);
        this.gender = need == null ? null : need.value();
        this.genderRequired = need != null && need.required();
        this.specialisation = booking.specialisation().orElse(null);
        this.specialisationBit = specialisation == null ? 0 : 1 << specialisation.ordinal();
        Set<String> keys = new LinkedHashSet<>();
        for (Party party : booking.parties()) {
            keys.add(party.matchKey());
        }
        keys.add(new Party(ConflictKind.ORGANISATION, booking.agency()).matchKey());
        this.partyKeys = keys.toArray(new String[0]);
        this.immediate = booking.urgency() == Urgency.IMMEDIATE;
        this.onSite = booking.mode() == Mode.ON_SITE;
        this.startMillis = window.start().toEpochMilli();
        this.endMillis = window.end().toEpochMilli();
        this.startMinuteOfWeek = WeeklySchedule.minuteOfWeek(window.start());
        this.lengthMinutes = WeeklySchedule.lengthInMinutes(window);
        this.province = booking.province().orElse(null);
        this.provinceOrdinal = province == null ? -1 : province.ordinal();
    }

    public static MatchNeeds of(Booking booking) {
        return new MatchNeeds(booking);
    }

    public BookingReference reference() {
        return reference;
    }

    @Override
    public String toString() {
        return "MatchNeeds[" + reference + "]";
    }
}
