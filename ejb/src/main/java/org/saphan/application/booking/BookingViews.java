package org.saphan.application.booking;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.shared.Party;

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
        allowed.replaceAll((viewer, fields) -> java.util.Collections.unmodifiableSet(fields));
        ALLOWED = java.util.Collections.unmodifiableMap(allowed);
    }

    private BookingViews() {
    }

    /**
     * The booking as this viewer may see it.
     *
     * @param interpreterName the assigned interpreter's name, shown to coordinators and requesters; may be null
     */
    public static Map<String, Object> of(Booking b, Viewer viewer, String interpreterName) {
        Set<Field> allowed = ALLOWED.get(viewer);
        Map<String, Object> view = new LinkedHashMap<>();
        for (Field field : allowed) {
            switch (field) {
                case REFERENCE -> view.put("reference", b.reference().value());
                case STATUS -> view.put("status", b.status().name());
                case STATUS_REASON -> b.statusReason().ifPresent(r -> view.put("statusReason", r));
                case PURPOSE -> view.put("purpose", b.purpose().name());
                case MODE -> view.put("mode", b.mode().name());
                case URGENCY -> view.put("urgency", b.urgency().name());
                case START -> view.put("start", b.start().toString());
                case DURATION_MINUTES -> view.put("durationMinutes", b.durationMinutes());
                case LANGUAGE -> view.put("language", b.languages().personLanguage().code());
                case OTHER_LANGUAGE -> view.put("otherLanguage", b.languages().otherLanguage().code());
                case PROVINCE -> b.province().ifPresent(p -> view.put("province", p.englishName()));
                case PLACE -> b.place().ifPresent(p -> view.put("place", p));
                case INTERPRETER_GENDER -> b.interpreterGender().ifPresent(g -> view.put("interpreterGender",
                        Map.of("value", g.value().name(), "required", g.required())));
                case SPECIALISATION -> b.specialisation().ifPresent(s -> view.put("specialisation", s.name()));
                case PERSON_IS_MINOR -> view.put("personIsMinor", b.personIsMinor());
                case CASE_CODE -> view.put("caseCode", b.caseCode().value());
                case NOTE_FOR_INTERPRETER -> b.noteForInterpreter().ifPresent(n -> view.put("noteForInterpreter", n));
                case REQUESTER_CONTACT -> b.requesterContact().ifPresent(c -> view.put("requesterContact", c));
                case AGENCY -> view.put("agency", b.agency());
                case PARTIES -> {
                    if (!b.parties().isEmpty()) {
                        view.put("parties", b.parties().stream()
                                .sorted(java.util.Comparator.comparing(Party::matchKey))
                                .map(p -> Map.of("kind", p.kind().name(), "value", p.name()))
                                .toList());
                    }
                }
                case INTERPRETER -> b.interpreter().ifPresent(i -> {
                    Map<String, Object> who = new LinkedHashMap<>();
                    who.put("id", i.value());
                    if (interpreterName != null) {
                        who.put("name", interpreterName);
                    }
                    view.put("interpreter", who);
                });
                case CREATED_AT -> view.put("createdAt", b.createdAt().toString());
                case CHECKED_IN_AT -> b.checkedInAt().ifPresent(t -> view.put("checkedInAt", t.toString()));
                case CHECKED_OUT_AT -> b.checkedOutAt().ifPresent(t -> view.put("checkedOutAt", t.toString()));
                case CONFIRMED_AT -> b.confirmedAt().ifPresent(t -> view.put("confirmedAt", t.toString()));
                case ABSENT_PARTY -> b.absentParty().ifPresent(p -> view.put("absentParty", p.name()));
            }
        }
        return view;
    }

    /** The assigned interpreter's view once it acknowledged the confidentiality terms for this assignment. */
    public static Map<String, Object> acknowledged(Booking b) {
        Map<String, Object> view = of(b, Viewer.ASSIGNED_INTERPRETER, null);
        view.put("acknowledgementRequired", false);
        return view;
    }

    /**
     * The assigned interpreter's view before it acknowledged the confidentiality terms: the offer's fields, the
     * reference and the status (to acknowledge with), and the flag; the place, the note and the contact stay closed.
     */
    public static Map<String, Object> awaitingAcknowledgement(Booking b) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", b.reference().value());
        view.put("status", b.status().name());
        view.putAll(of(b, Viewer.OFFERED_INTERPRETER, null));
        view.put("acknowledgementRequired", true);
        return view;
    }

    /** An open offer as its interpreter sees it: the offer's own fields, and the booking's offer allow-list. */
    public static Map<String, Object> offer(Offer offer, Booking booking) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", offer.id().orElseThrow().value());
        view.put("status", offer.status().name());
        view.put("expiresAt", offer.expiresAt().toString());
        view.putAll(of(booking, Viewer.OFFERED_INTERPRETER, null));
        return view;
    }
}
