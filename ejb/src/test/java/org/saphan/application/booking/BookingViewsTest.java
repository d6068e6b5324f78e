package org.saphan.application.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.application.booking.BookingViews.Field;
import org.saphan.application.booking.BookingViews.Viewer;

/** The allow-list itself: what each viewer may never see, and what it must see to do its work. */
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
}
