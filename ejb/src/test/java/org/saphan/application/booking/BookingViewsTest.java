package org.saphan.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Specialisation;

/**
 * The allow-list, and the views built from it for a booking with every field filled, as JSON-B writes them for the
 * REST answers and the live feeds (its defaults: a null component is left out): what each viewer gets, and that
 * nothing that identifies the case reaches an interpreter in any field.
 */
class BookingViewsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The view as the answer carries it, read back. */
    private static JsonObject json(Object view) {
        return Json.createReader(new StringReader(JSONB.toJson(view))).readObject();
    }

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
        JsonObject view = json(BookingViews.of(b, Viewer.OFFERED_INTERPRETER, INTERPRETER_NAME));
        assertEquals(OFFER_KEYS, view.keySet());
        assertEquals("mya", view.getString("language"));
        assertEquals("tha", view.getString("otherLanguage"));
        assertEquals(Fixtures.TUESDAY_9.toString(), view.getString("start"));
        assertEquals(Json.createObjectBuilder().add("value", "FEMALE").add("required", true).build(),
                view.get("interpreterGender"));
        for (String secret : secrets(b)) {
            assertFalse(view.toString().contains(secret), "an offer shows '" + secret + "': " + view);
        }
    }

    @Test
    void theAssignedInterpreterGetsTheWayThereButNotTheCase() {
        Booking b = full();
        JsonObject view = json(BookingViews.of(b, Viewer.ASSIGNED_INTERPRETER, INTERPRETER_NAME));
        Set<String> expected = new java.util.HashSet<>(OFFER_KEYS);
        expected.addAll(Set.of("reference", "status", "place", "noteForInterpreter", "requesterContact", "agency"));
        assertEquals(expected, view.keySet());
        assertEquals(b.place().orElseThrow(), view.getString("place"));
        assertEquals("ASSIGNED", view.getString("status"));
        for (String secret : List.of(b.caseCode().value(), PARTY_NAME, INTERPRETER_NAME)) {
            assertFalse(view.toString().contains(secret), "the assigned interpreter sees '" + secret + "'");
        }
    }

    @ParameterizedTest
    @MethodSource("caseholders")
    void requestersAndCoordinatorsSeeTheWholeBookingAndWhoInterprets(Viewer viewer) {
        Booking b = full();
        JsonObject view = json(BookingViews.of(b, viewer, INTERPRETER_NAME));
        assertTrue(view.keySet().containsAll(Set.of("reference", "status", "caseCode", "place", "parties",
                "interpreter", "agency", "personIsMinor", "createdAt", "noteForInterpreter", "requesterContact")),
                view.keySet().toString());
        assertEquals(b.caseCode().value(), view.getString("caseCode"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "ORGANISATION")
                .add("value", PARTY_NAME)).build(), view.get("parties"));
        assertEquals(Json.createObjectBuilder().add("id", 5L).add("name", INTERPRETER_NAME).build(),
                view.get("interpreter"));
    }

    static Stream<Viewer> caseholders() {
        return Stream.of(Viewer.REQUESTER, Viewer.COORDINATOR);
    }

    @Test
    void absentFieldsAreLeftOutNotNull() {
        Booking plain = Fixtures.booking();
        JsonObject view = json(BookingViews.of(plain, Viewer.COORDINATOR, null));
        assertFalse(view.containsKey("interpreter"), "no one is assigned");
        assertFalse(view.containsKey("parties"), "no parties were named");
        assertFalse(view.containsKey("interpreterGender"));
        assertFalse(view.containsKey("specialisation"));
        assertFalse(view.containsKey("acknowledgementRequired"), "only the assigned interpreter is asked for it");
        assertFalse(view.containsKey("offers"), "only the staff feeds carry the offer summary");
        assertFalse(view.containsValue(JsonValue.NULL));
    }

    @Test
    void beforeTheAcknowledgementThePlaceTheNoteAndTheContactStayClosed() {
        Booking b = full();
        JsonObject view = json(BookingViews.awaitingAcknowledgement(b));
        Set<String> expected = new java.util.HashSet<>(OFFER_KEYS);
        expected.addAll(Set.of("reference", "status", "acknowledgementRequired"));
        assertEquals(expected, view.keySet());
        assertTrue(view.getBoolean("acknowledgementRequired"));
        assertEquals(b.reference().value(), view.getString("reference"));
        for (String secret : secrets(b)) {
            assertFalse(view.toString().contains(secret), "before acknowledging, '" + secret + "' shows");
        }
    }

    @Test
    void afterTheAcknowledgementTheyOpen() {
        Booking b = full();
        JsonObject view = json(BookingViews.acknowledged(b));
        assertFalse(view.getBoolean("acknowledgementRequired"));
        assertEquals(b.place().orElseThrow(), view.getString("place"));
        assertEquals(b.noteForInterpreter().orElseThrow(), view.getString("noteForInterpreter"));
        assertEquals(b.requesterContact().orElseThrow(), view.getString("requesterContact"));
        assertFalse(view.containsKey("caseCode"));
        assertFalse(view.containsKey("parties"));
    }

    @Test
    void anOfferCarriesItsOwnFieldsAndTheOfferAllowListOnly() throws ReflectiveOperationException {
        Booking b = Fixtures.request()
                .gender(new GenderNeed(Gender.FEMALE, true))
                .specialisation(Specialisation.LEGAL)
                .party(new Party(ConflictKind.ORGANISATION, PARTY_NAME))
                .booking();
        Offer offer = b.offerTo(List.of(InterpreterId.of(5)), Fixtures.NOW, java.time.Duration.ofMinutes(15)).get(0);
        java.lang.reflect.Field id = Offer.class.getDeclaredField("id"); // the database's job
        id.setAccessible(true);
        id.set(offer, 41L);
        JsonObject view = json(BookingViews.offer(offer, b));
        Set<String> expected = new java.util.HashSet<>(OFFER_KEYS);
        expected.addAll(Set.of("id", "status", "expiresAt"));
        assertEquals(expected, view.keySet());
        assertEquals(41, view.getInt("id"));
        assertEquals("OPEN", view.getString("status"), "the offer's status, not the booking's");
        assertEquals(Fixtures.NOW.plusSeconds(15 * 60).toString(), view.getString("expiresAt"));
        for (String secret : secrets(b)) {
            assertFalse(view.toString().contains(secret), "an offer shows '" + secret + "': " + view);
        }
    }

    @Test
    void theFieldsComeInTheOrderOfTheAllowList() {
        JsonObject view = json(BookingViews.of(full(), Viewer.COORDINATOR, INTERPRETER_NAME));
        List<String> expected = new ArrayList<>(List.of("reference", "status", "statusReason", "purpose", "mode",
                "urgency", "start", "durationMinutes", "language", "otherLanguage", "province", "place",
                "interpreterGender", "specialisation", "personIsMinor", "caseCode", "noteForInterpreter",
                "requesterContact", "agency", "parties", "interpreter", "createdAt"));
        assertEquals(expected, new ArrayList<>(view.keySet()));
    }
}
