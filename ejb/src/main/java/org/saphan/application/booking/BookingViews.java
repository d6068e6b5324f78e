package org.saphan.application.booking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.saphan.application.booking.BookingView.GenderView;
import org.saphan.application.booking.BookingView.InterpreterRef;
import org.saphan.application.booking.BookingView.PartyView;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;

/**
 * The one place that says which fields of a booking each role may see. Every answer about a booking is built here,
 * from the allow-list of the viewer; a field not listed for a viewer is never put in the answer.
 * <ul>
 * <li>a coordinator sees everything;</li>
 * <li>a requester of the booking's agency sees everything the agency gave, and who was assigned;</li>
 * <li>the assigned interpreter sees what it needs to do the job: the place, the note and the requester's contact,
 * never the case code, the parties or the reasons;</li>
 * <li>an interpreter with an offer sees purpose, language pair, time, mode, province (not the place), duration and
 * gender need, and nothing that identifies the case.</li>
 * </ul>
 */
public final class BookingViews {

    /** Who looks at a booking. */
    public enum Viewer {
        COORDINATOR, REQUESTER, ASSIGNED_INTERPRETER, OFFERED_INTERPRETER
    }

    /** The fields of a booking that can appear in an answer. */
    public enum Field {
        REFERENCE,
        STATUS,
        STATUS_REASON,
        PURPOSE,
        MODE,
        URGENCY,
        START,
        DURATION_MINUTES,
        LANGUAGE,
        OTHER_LANGUAGE,
        PROVINCE,
        PLACE,
        INTERPRETER_GENDER,
        SPECIALISATION,
        PERSON_IS_MINOR,
        CASE_CODE,
        NOTE_FOR_INTERPRETER,
        REQUESTER_CONTACT,
        AGENCY,
        PARTIES,
        INTERPRETER,
        CREATED_AT,
        /** The end of the work: actual times, the requester's confirmation, who did not come. */
        CHECKED_IN_AT,
        CHECKED_OUT_AT,
        CONFIRMED_AT,
        ABSENT_PARTY
    }

    /** The allow-list. */
    public static final Map<Viewer, Set<Field>> ALLOWED;

    static {
        Map<Viewer, Set<Field>> allowed = new EnumMap<>(Viewer.class);
        allowed.put(Viewer.COORDINATOR, EnumSet.allOf(Field.class));
        allowed.put(Viewer.REQUESTER, EnumSet.allOf(Field.class));
        allowed.put(Viewer.ASSIGNED_INTERPRETER, EnumSet.of(Field.REFERENCE, Field.STATUS, Field.PURPOSE, Field.MODE,
                Field.URGENCY, Field.START, Field.DURATION_MINUTES, Field.LANGUAGE, Field.OTHER_LANGUAGE,
                Field.PROVINCE, Field.PLACE, Field.INTERPRETER_GENDER, Field.SPECIALISATION,
                Field.NOTE_FOR_INTERPRETER, Field.REQUESTER_CONTACT, Field.AGENCY, Field.CHECKED_IN_AT,
                Field.CHECKED_OUT_AT, Field.CONFIRMED_AT, Field.ABSENT_PARTY));
        allowed.put(Viewer.OFFERED_INTERPRETER, EnumSet.of(Field.PURPOSE, Field.MODE, Field.URGENCY, Field.START,
                Field.DURATION_MINUTES, Field.LANGUAGE, Field.OTHER_LANGUAGE, Field.PROVINCE,
                Field.INTERPRETER_GENDER, Field.SPECIALISATION));
        allowed.replaceAll((viewer, fields) -> Collections.unmodifiableSet(fields));
        ALLOWED = Collections.unmodifiableMap(allowed);
    }

    private BookingViews() {
    }

    /**
     * The booking as this viewer may see it: every field not on the viewer's list is null, and so left out.
     *
     * @param interpreterName the assigned interpreter's name, shown to coordinators and requesters; may be null
     */
    public static BookingView of(Booking b, Viewer viewer, String interpreterName) {
        Set<Field> allowed = ALLOWED.get(viewer);
        Shown shown = new Shown(allowed);
        return new BookingView(
                shown.of(Field.REFERENCE, () -> b.reference().value()),
                shown.of(Field.STATUS, () -> b.status().name()),
                shown.of(Field.STATUS_REASON, () -> b.statusReason().orElse(null)),
                shown.of(Field.PURPOSE, () -> b.purpose().name()),
                shown.of(Field.MODE, () -> b.mode().name()),
                shown.of(Field.URGENCY, () -> b.urgency().name()),
                shown.of(Field.START, b::start),
                shown.of(Field.DURATION_MINUTES, b::durationMinutes),
                shown.of(Field.LANGUAGE, () -> b.languages().personLanguage().code()),
                shown.of(Field.OTHER_LANGUAGE, () -> b.languages().otherLanguage().code()),
                shown.of(Field.PROVINCE, () -> b.province().map(Province::englishName).orElse(null)),
                shown.of(Field.PLACE, () -> b.place().orElse(null)),
                shown.of(Field.INTERPRETER_GENDER, () -> b.interpreterGender()
                        .map(g -> new GenderView(g.value().name(), g.required()))
                        .orElse(null)),
                shown.of(Field.SPECIALISATION, () -> b.specialisation().map(Enum::name).orElse(null)),
                shown.of(Field.PERSON_IS_MINOR, b::personIsMinor),
                shown.of(Field.CASE_CODE, () -> b.caseCode().value()),
                shown.of(Field.NOTE_FOR_INTERPRETER, () -> b.noteForInterpreter().orElse(null)),
                shown.of(Field.REQUESTER_CONTACT, () -> b.requesterContact().orElse(null)),
                shown.of(Field.AGENCY, b::agency),
                shown.of(Field.PARTIES, () -> b.parties().isEmpty()
                        ? null
                        : b.parties().stream()
                                .sorted(Comparator.comparing(Party::matchKey))
                                .map(p -> new PartyView(p.kind().name(), p.name()))
                                .toList()),
                shown.of(Field.INTERPRETER, () -> b.interpreter()
                        .map(i -> new InterpreterRef(i.value(), interpreterName))
                        .orElse(null)),
                shown.of(Field.CREATED_AT, b::createdAt),
                shown.of(Field.CHECKED_IN_AT, () -> b.checkedInAt().orElse(null)),
                shown.of(Field.CHECKED_OUT_AT, () -> b.checkedOutAt().orElse(null)),
                shown.of(Field.CONFIRMED_AT, () -> b.confirmedAt().orElse(null)),
                shown.of(Field.ABSENT_PARTY, () -> b.absentParty().map(Enum::name).orElse(null)),
                null, null, null);
    }

    /** The fields of one allow-list: a value is read only when its field is on the list. */
    private record Shown(Set<Field> allowed) {

        <T> T of(Field field, Supplier<T> value) {
            return allowed.contains(field) ? value.get() : null;
        }
    }

    /** The assigned interpreter's view once it acknowledged the confidentiality terms for this assignment. */
    public static BookingView acknowledged(Booking b) {
        return of(b, Viewer.ASSIGNED_INTERPRETER, null).withAcknowledgementRequired(false);
    }

    /**
     * The assigned interpreter's view before it acknowledged the confidentiality terms: the offer's fields, the
     * reference and the status (to acknowledge with), and the flag; the place, the note and the contact stay closed.
     */
    public static BookingView awaitingAcknowledgement(Booking b) {
        BookingView offered = of(b, Viewer.OFFERED_INTERPRETER, null);
        return new BookingView(b.reference().value(), b.status().name(), offered.statusReason(), offered.purpose(),
                offered.mode(), offered.urgency(), offered.start(), offered.durationMinutes(), offered.language(),
                offered.otherLanguage(), offered.province(), offered.place(), offered.interpreterGender(),
                offered.specialisation(), offered.personIsMinor(), offered.caseCode(), offered.noteForInterpreter(),
                offered.requesterContact(), offered.agency(), offered.parties(), offered.interpreter(),
                offered.createdAt(), offered.checkedInAt(), offered.checkedOutAt(), offered.confirmedAt(),
                offered.absentParty(), true, null, null);
    }

    /** An open offer as its interpreter sees it: the offer's own fields, and the booking's offer allow-list. */
    public static OfferView offer(Offer offer, Booking booking) {
        return offer(offer, of(booking, Viewer.OFFERED_INTERPRETER, null));
    }

    /** A wave's offers as each interpreter sees its own, the booking's allow-list read once for them all. */
    public static List<OfferView> offers(List<Offer> offers, Booking booking) {
        BookingView b = of(booking, Viewer.OFFERED_INTERPRETER, null);
        List<OfferView> views = new ArrayList<>(offers.size());
        for (Offer offer : offers) {
            views.add(offer(offer, b));
        }
        return views;
    }

    private static OfferView offer(Offer offer, BookingView b) {
        return new OfferView(offer.id().orElseThrow().value(), offer.status().name(), offer.expiresAt(),
                b.purpose(), b.mode(), b.urgency(), b.start(), b.durationMinutes(), b.language(), b.otherLanguage(),
                b.province(), b.interpreterGender(), b.specialisation());
    }
}
