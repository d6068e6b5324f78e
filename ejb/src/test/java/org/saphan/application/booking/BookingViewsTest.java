package org.saphan.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.application.booking.BookingViews.Field;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.GenderNeed;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Specialisation;

/**
 * The allow-list, and the views built from it for a booking with every field filled: what each viewer gets, and that
 * nothing that identifies the case reaches an interpreter in any field.
 */
class BookingViewsTest {

    static Stream<Arguments> neverShown() {
        return Stream.of(
                Arguments.of(Viewer.OFFERED_INTERPRETER, EnumSet.of(Field.CASE_CODE, Field.PLACE,
                        Field.NOTE_FOR_INTERPRETER, Field.REQUESTER_CONTACT, Field.PARTIES, Field.REFERENCE,
                        Field.AGENCY, Field.STATUS_REASON, Field.PERSON_IS_MINOR, Field.INTERPRETER)),
                Arguments.of(Viewer.ASSIGNED_INTERPRETER, EnumSet.of(Field.CASE_CODE, Field.PARTIES,
                        Field.STATUS_REASON, Field.PERSON_IS_MINOR, Field.INTERPRETER)));
    }

    @ParameterizedTest(name = "{0} never sees {1}")
    @MethodSource("neverShown")
    void interpretersNeverSeeWhatIdentifiesTheCase(Viewer viewer, Set<Field> hidden) {
        for (Field field : hidden) {
            assertFalse(BookingViews.ALLOWED.get(viewer).contains(field), viewer + " must not see " + field);
        }
    }

    static Stream<Arguments> needed() {
        return Stream.of(
                Arguments.of(Viewer.OFFERED_INTERPRETER, EnumSet.of(Field.PURPOSE, Field.LANGUAGE,
                        Field.OTHER_LANGUAGE, Field.START, Field.MODE, Field.PROVINCE, Field.DURATION_MINUTES,
                        Field.INTERPRETER_GENDER)),
                Arguments.of(Viewer.ASSIGNED_INTERPRETER, EnumSet.of(Field.PLACE, Field.NOTE_FOR_INTERPRETER,
                        Field.REQUESTER_CONTACT, Field.REFERENCE, Field.START)),
                Arguments.of(Viewer.REQUESTER, EnumSet.of(Field.CASE_CODE, Field.INTERPRETER, Field.STATUS)),
                Arguments.of(Viewer.COORDINATOR, EnumSet.allOf(Field.class)));
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @MethodSource("needed")
    void eachViewerSeesWhatItNeeds(Viewer viewer, Set<Field> fields) {
        assertTrue(BookingViews.ALLOWED.get(viewer).containsAll(fields), viewer + " needs " + fields);
    }

    @ParameterizedTest
    @MethodSource("viewers")
    void everyViewerHasAnAllowList(Viewer viewer) {
        assertFalse(BookingViews.ALLOWED.get(viewer).isEmpty());
    }

    static Stream<Viewer> viewers() {
        return Stream.of(Viewer.values());
    }

    @org.junit.jupiter.api.Test
    void theAllowListCannotBeChangedAtRunTime() {
        assertEquals(Viewer.values().length, BookingViews.ALLOWED.size());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> BookingViews.ALLOWED.put(Viewer.COORDINATOR, EnumSet.noneOf(Field.class)));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> BookingViews.ALLOWED.get(Viewer.OFFERED_INTERPRETER).add(Field.CASE_CODE));
    }

    private static final String PARTY_NAME = "Example Fishing Company";
    private static final String INTERPRETER_NAME = "Interpreter Zero-Five";

    /** A booking with every optional field set, assigned to interpreter 5. */
    private static Booking full() {
        Booking booking = Fixtures.request()
                .gender(new GenderNeed(Gender.FEMALE, true))
                .specialisation(Specialisation.LEGAL)
                .party(new Party(ConflictKind.ORGANISATION, PARTY_NAME))
                .booking();
        booking.assign(InterpreterId.of(5), "s-coordinator", "known to the officer", false, Fixtures.NOW);
        return booking;
    }

    /** What identifies the case or its people, as it would appear in a view. */
    private static List<String> secrets(Booking b) {
        return List.of(b.caseCode().value(), b.place().orElseThrow(), b.noteForInterpreter().orElseThrow(),
                b.requesterContact().orElseThrow(), PARTY_NAME, b.agency());
    }

    private static final Set<String> OFFER_KEYS = Set.of("purpose", "mode", "urgency", "start", "durationMinutes",
            "language", "otherLanguage", "province", "interpreterGender", "specialisation");

    @Test
    void anOfferedInterpreterGetsTheOfferFieldsAndNothingThatIdentifiesTheCase() {
        Booking b = full();
        Map<String, Object> view = BookingViews.of(b, Viewer.OFFERED_INTERPRETER, INTERPRETER_NAME);
        assertEquals(OFFER_KEYS, view.keySet());
        assertEquals("mya", view.get("language"));
        assertEquals("tha", view.get("otherLanguage"));
        assertEquals(Fixtures.TUESDAY_9.toString(), view.get("start"));
        assertEquals(Map.of("value", "FEMALE", "required", true), view.get("interpreterGender"));
        for (String secret : secrets(b)) {
            assertFalse(view.toString().contains(secret), "an offer shows '" + secret + "': " + view);
        }
    }

    @Test
    void theAssignedInterpreterGetsTheWayThereButNotTheCase() {
        Booking b = full();
        Map<String, Object> view = BookingViews.of(b, Viewer.ASSIGNED_INTERPRETER, INTERPRETER_NAME);
        Set<String> expected = new java.util.HashSet<>(OFFER_KEYS);
        expected.addAll(Set.of("reference", "status", "place", "noteForInterpreter", "requesterContact", "agency"));
        assertEquals(expected, view.keySet());
        assertEquals(b.place().orElseThrow(), view.get("place"));
        assertEquals("ASSIGNED", view.get("status"));
        for (String secret : List.of(b.caseCode().value(), PARTY_NAME, INTERPRETER_NAME)) {
            assertFalse(view.toString().contains(secret), "the assigned interpreter sees '" + secret + "'");
        }
    }

    @ParameterizedTest
    @MethodSource("caseholders")
    void requestersAndCoordinatorsSeeTheWholeBookingAndWhoInterprets(Viewer viewer) {
        Booking b = full();
        Map<String, Object> view = BookingViews.of(b, viewer, INTERPRETER_NAME);
        assertTrue(view.keySet().containsAll(Set.of("reference", "status", "caseCode", "place", "parties",
                "interpreter", "agency", "personIsMinor", "createdAt", "noteForInterpreter", "requesterContact")),
                view.keySet().toString());
        assertEquals(b.caseCode().value(), view.get("caseCode"));
        assertEquals(List.of(Map.of("kind", "ORGANISATION", "value", PARTY_NAME)), view.get("parties"));
        assertEquals(Map.of("id", 5L, "name", INTERPRETER_NAME), view.get("interpreter"));
    }

    static Stream<Viewer> caseholders() {
        return Stream.of(Viewer.REQUESTER, Viewer.COORDINATOR);
    }

    @Test
    void absentFieldsAreLeftOutNotNull() {
        Booking plain = Fixtures.booking();
        Map<String, Object> view = BookingViews.of(plain, Viewer.COORDINATOR, null);
        assertFalse(view.containsKey("interpreter"), "no one is assigned");
        assertFalse(view.containsKey("parties"), "no parties were named");
        assertFalse(view.containsKey("interpreterGender"));
        assertFalse(view.containsKey("specialisation"));
        assertFalse(view.containsValue(null));
    }

    @Test
    void beforeTheAcknowledgementThePlaceTheNoteAndTheContactStayClosed() {
        Booking b = full();
        Map<String, Object> view = BookingViews.awaitingAcknowledgement(b);
        Set<String> expected = new java.util.HashSet<>(OFFER_KEYS);
        expected.addAll(Set.of("reference", "status", "acknowledgementRequired"));
        assertEquals(expected, view.keySet());
        assertEquals(true, view.get("acknowledgementRequired"));
        assertEquals(b.reference().value(), view.get("reference"));
        for (String secret : secrets(b)) {
            assertFalse(view.toString().contains(secret), "before acknowledging, '" + secret + "' shows");
        }
    }

    @Test
    void afterTheAcknowledgementTheyOpen() {
        Booking b = full();
        Map<String, Object> view = BookingViews.acknowledged(b);
        assertEquals(false, view.get("acknowledgementRequired"));
        assertEquals(b.place().orElseThrow(), view.get("place"));
        assertEquals(b.noteForInterpreter().orElseThrow(), view.get("noteForInterpreter"));
        assertEquals(b.requesterContact().orElseThrow(), view.get("requesterContact"));
        assertFalse(view.containsKey("caseCode"));
        assertFalse(view.containsKey("parties"));
    }
}
