package org.saphan.domain.model.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.ValidationException;

class BookingLifecycleTest {

    private static final Instant NOW = Fixtures.NOW;
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final InterpreterId FIRST = InterpreterId.of(1);
    private static final InterpreterId SECOND = InterpreterId.of(2);

    enum Step {
        OFFER,
        ACCEPT,
        ASSIGN,
        START,
        COMPLETE,
        CANCEL,
        MARK_UNFILLED,
        CHECK_IN,
        CHECK_OUT,
        CONFIRM,
        NO_SHOW_OF_INTERPRETER,
        NO_SHOW_OF_REQUESTER,
        END_UNCONFIRMED
    }

    /** What each step does from each status: the state machine of the design, written out once. */
    private static final Map<BookingStatus, Map<Step, BookingStatus>> ALLOWED = new EnumMap<>(BookingStatus.class);

    static {
        allow(BookingStatus.OPEN, Step.OFFER, BookingStatus.OFFERED);
        allow(BookingStatus.OPEN, Step.ASSIGN, BookingStatus.ASSIGNED);
        allow(BookingStatus.OPEN, Step.CANCEL, BookingStatus.CANCELLED);
        allow(BookingStatus.OPEN, Step.MARK_UNFILLED, BookingStatus.UNFILLED);
        allow(BookingStatus.OFFERED, Step.OFFER, BookingStatus.OFFERED);
        allow(BookingStatus.OFFERED, Step.ACCEPT, BookingStatus.ASSIGNED);
        allow(BookingStatus.OFFERED, Step.ASSIGN, BookingStatus.ASSIGNED);
        allow(BookingStatus.OFFERED, Step.CANCEL, BookingStatus.CANCELLED);
        allow(BookingStatus.OFFERED, Step.MARK_UNFILLED, BookingStatus.UNFILLED);
        allow(BookingStatus.ASSIGNED, Step.START, BookingStatus.IN_PROGRESS);
        allow(BookingStatus.ASSIGNED, Step.CANCEL, BookingStatus.CANCELLED);
        allow(BookingStatus.IN_PROGRESS, Step.COMPLETE, BookingStatus.COMPLETED);
        allow(BookingStatus.IN_PROGRESS, Step.CANCEL, BookingStatus.CANCELLED);
        // the end of the work (issue 11, item 16)
        allow(BookingStatus.ASSIGNED, Step.CHECK_IN, BookingStatus.IN_PROGRESS);
        allow(BookingStatus.ASSIGNED, Step.NO_SHOW_OF_INTERPRETER, BookingStatus.NO_SHOW);
        allow(BookingStatus.ASSIGNED, Step.NO_SHOW_OF_REQUESTER, BookingStatus.NO_SHOW);
        allow(BookingStatus.ASSIGNED, Step.END_UNCONFIRMED, BookingStatus.ENDED_UNCONFIRMED);
        allow(BookingStatus.IN_PROGRESS, Step.CHECK_OUT, BookingStatus.ENDED_UNCONFIRMED);
        allow(BookingStatus.IN_PROGRESS, Step.CONFIRM, BookingStatus.COMPLETED);
        allow(BookingStatus.IN_PROGRESS, Step.NO_SHOW_OF_REQUESTER, BookingStatus.NO_SHOW);
        allow(BookingStatus.IN_PROGRESS, Step.END_UNCONFIRMED, BookingStatus.ENDED_UNCONFIRMED);
        allow(BookingStatus.ENDED_UNCONFIRMED, Step.CONFIRM, BookingStatus.COMPLETED);
    }

    /** When each step is taken: the end of the work happens around the booking's own time, the rest just now. */
    private static Instant when(Booking booking, Step step) {
        return switch (step) {
            case CHECK_IN -> booking.start().minus(Duration.ofMinutes(10));
            case CHECK_OUT, CONFIRM -> booking.start().plus(Duration.ofMinutes(30));
            case NO_SHOW_OF_INTERPRETER, NO_SHOW_OF_REQUESTER -> booking.start().plus(Duration.ofMinutes(20));
            case END_UNCONFIRMED -> booking.window().end().plus(Booking.END_GRACE);
            default -> NOW.plusSeconds(60);
        };
    }

    private static void allow(BookingStatus from, Step step, BookingStatus to) {
        ALLOWED.computeIfAbsent(from, s -> new EnumMap<>(Step.class)).put(step, to);
    }

    static Stream<Arguments> everyStepFromEveryStatus() {
        List<Arguments> rows = new ArrayList<>();
        for (BookingStatus from : BookingStatus.values()) {
            for (Step step : Step.values()) {
                rows.add(Arguments.of(from, step, ALLOWED.getOrDefault(from, Map.of()).get(step)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("everyStepFromEveryStatus")
    void followsTheStateMachine(BookingStatus from, Step step, BookingStatus to) {
        Booking booking = bookingIn(from);
        Offer offer = new Offer(booking.reference(), SECOND, 1, NOW, NOW.plus(TIMEOUT));
        Runnable action = () -> apply(booking, step, offer);
        if (to == null && step == Step.END_UNCONFIRMED) {
            assertFalse(booking.endUnconfirmed(when(booking, step)), "Saphan's clock leaves it alone");
            assertEquals(from, booking.status());
        } else if (to == null) {
            ConflictException e = assertThrows(ConflictException.class, action::run);
            boolean taken = step == Step.ACCEPT && (from == BookingStatus.ASSIGNED || from == BookingStatus.IN_PROGRESS
                    || from == BookingStatus.COMPLETED);
            assertEquals(taken ? "taken" : ConflictException.WRONG_STATE, e.code(), e.getMessage());
            assertEquals(from, booking.status(), "a refused step changes nothing");
            assertTrue(offer.isOpen(), "a refused accept leaves the offer open");
        } else {
            action.run();
            assertEquals(to, booking.status());
            assertEquals(when(booking, step), booking.statusChangedAt());
        }
    }

    @Test
    void aRefusedStepSaysWhy() {
        Booking booking = bookingIn(BookingStatus.COMPLETED);
        ConflictException e = assertThrows(ConflictException.class, () -> booking.cancel("No longer needed", NOW));
        assertEquals("Booking SPH-2026-000042 is COMPLETED, so it cannot be cancelled.", e.getMessage());
    }

    private static Booking bookingIn(BookingStatus status) {
        Booking booking = Fixtures.booking();
        switch (status) {
            case OPEN :
                break;
            case OFFERED :
                booking.offerTo(List.of(FIRST), NOW, TIMEOUT);
                break;
            case ASSIGNED :
                booking.assign(FIRST, "coordinator-1", "Only Mon speaker free", false, NOW);
                break;
            case IN_PROGRESS :
                booking.assign(FIRST, "coordinator-1", "Only Mon speaker free", false, NOW);
                booking.start(NOW);
                break;
            case COMPLETED :
                booking.assign(FIRST, "coordinator-1", "Only Mon speaker free", false, NOW);
                booking.start(NOW);
                booking.complete(NOW);
                break;
            case CANCELLED :
                booking.cancel("The interview was moved", NOW);
                break;
            case UNFILLED :
                booking.markUnfilled(NOW);
                break;
            case ENDED_UNCONFIRMED :
                booking.assign(FIRST, "coordinator-1", "Only Mon speaker free", false, NOW);
                booking.checkIn(FIRST, null, booking.start());
                booking.checkOut(FIRST, null, booking.start().plus(Duration.ofMinutes(5)));
                break;
            case NO_SHOW :
                booking.assign(FIRST, "coordinator-1", "Only Mon speaker free", false, NOW);
                booking.reportNoShow(AbsentParty.INTERPRETER, "Nobody came", booking.start().plusSeconds(600));
                break;
            default :
                throw new IllegalArgumentException(status.name());
        }
        assertEquals(status, booking.status());
        return booking;
    }

    private static void apply(Booking booking, Step step, Offer offer) {
        Instant later = when(booking, step);
        switch (step) {
            case OFFER -> booking.offerTo(List.of(SECOND), later, TIMEOUT);
            case ACCEPT -> booking.acceptOffer(offer, "subject-interpreter-2", later);
            case ASSIGN -> booking.assign(SECOND, "coordinator-1", "Continuity with the case", false, later);
            case START -> booking.start(later);
            case COMPLETE -> booking.complete(later);
            case CANCEL -> booking.cancel("The person was transferred", later);
            case MARK_UNFILLED -> booking.markUnfilled(later);
            case CHECK_IN -> booking.checkIn(FIRST, null, later);
            case CHECK_OUT -> booking.checkOut(FIRST, null, later);
            case CONFIRM -> booking.confirm(later);
            case NO_SHOW_OF_INTERPRETER -> booking.reportNoShow(AbsentParty.INTERPRETER, "Did not come", later);
            case NO_SHOW_OF_REQUESTER -> booking.reportNoShow(AbsentParty.REQUESTER, "Nobody at the shelter", later);
            case END_UNCONFIRMED -> assertTrue(booking.endUnconfirmed(later));
        }
    }

    @Test
    void offersGoOutInNumberedWavesThatExpire() {
        Booking booking = Fixtures.booking();
        List<Offer> first = booking.offerTo(List.of(FIRST, SECOND, FIRST), NOW, TIMEOUT);
        assertEquals(2, first.size(), "an interpreter is offered once");
        assertEquals(1, first.get(0).wave());
        assertEquals(NOW.plus(TIMEOUT), first.get(0).expiresAt());
        assertEquals(booking.reference(), first.get(0).booking());
        List<Offer> second = booking.offerTo(List.of(InterpreterId.of(3)), NOW.plus(TIMEOUT), TIMEOUT);
        assertEquals(2, second.get(0).wave());
        assertEquals(2, booking.currentWave());
    }

    @Test
    void anOfferNeverOutlivesTheFillDeadline() {
        Booking booking = Fixtures.booking();
        Instant late = booking.start().minus(Duration.ofMinutes(5));
        Offer offer = booking.offerTo(List.of(FIRST), late, TIMEOUT).get(0);
        assertEquals(booking.start(), offer.expiresAt());
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> booking.offerTo(List.of(SECOND), booking.start(), TIMEOUT));
        assertEquals("past-deadline", e.code());
        assertTrue(booking.isPastFillDeadline(booking.start()));
    }

    @Test
    void anImmediateBookingMayBeFilledForAWhileAfterItsStart() {
        Booking booking = Fixtures.request().immediate().booking();
        assertEquals(NOW.plus(Booking.IMMEDIATE_FILL_WINDOW), booking.fillDeadline());
        assertFalse(booking.isPastFillDeadline(NOW.plusSeconds(60)));
    }

    @Test
    void offeringToNobodyIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Fixtures.booking().offerTo(List.of(), NOW, TIMEOUT));
        assertEquals("Nobody to offer the booking to.", e.getMessage());
    }

    @Test
    void theFirstAcceptWinsAndTheOtherOffersAreWithdrawn() {
        Booking booking = Fixtures.booking();
        List<Offer> offers = booking.offerTo(List.of(FIRST, SECOND), NOW, TIMEOUT);
        Assignment assignment = booking.acceptOffer(offers.get(1), "subject-interpreter-2", NOW.plusSeconds(30));
        assertEquals(OfferStatus.ACCEPTED, offers.get(1).status());
        assertEquals(Duration.ofSeconds(30), offers.get(1).answerTime().orElseThrow());
        assertTrue(booking.isAssignedTo(SECOND));
        assertEquals(SECOND, assignment.interpreter());
        assertEquals(booking.window(), assignment.window());
        assertEquals(Mode.ON_SITE, assignment.mode());
        assertEquals(Fixtures.CASE, assignment.caseCode());
        assertEquals("subject-interpreter-2", assignment.assignedBy());
        assertFalse(assignment.overrideUsed());
        assertTrue(assignment.reason().isEmpty());

        List<Offer> withdrawn = booking.withdrawOpenOffers(offers, NOW.plusSeconds(31));
        assertEquals(List.of(offers.get(0)), withdrawn);
        assertEquals(OfferStatus.WITHDRAWN, offers.get(0).status());

        ConflictException late = assertThrows(ConflictException.class,
                () -> booking.acceptOffer(offers.get(0), "subject-interpreter-1", NOW.plusSeconds(32)));
        assertEquals("taken", late.code());
    }

    @Test
    void anExpiredOfferCannotBeAccepted() {
        Booking booking = Fixtures.booking();
        Offer offer = booking.offerTo(List.of(FIRST), NOW, TIMEOUT).get(0);
        ConflictException e = assertThrows(ConflictException.class,
                () -> booking.acceptOffer(offer, "subject-interpreter-1", NOW.plus(TIMEOUT)));
        assertEquals("offer-expired", e.code());
        assertEquals(BookingStatus.OFFERED, booking.status());
    }

    @Test
    void aHandAssignmentNeedsAReasonAndRecordsTheOverride() {
        Booking booking = Fixtures.booking();
        ValidationException e = assertThrows(ValidationException.class,
                () -> booking.assign(FIRST, "coordinator-1", " ", true, NOW));
        assertEquals("reason", e.fieldName());
        assertEquals("An assignment by hand needs a reason, for the record.", e.getMessage());
        Assignment assignment = booking.assign(FIRST, "coordinator-1", "Only certified Rohingya speaker", true, NOW);
        assertTrue(assignment.overrideUsed());
        assertEquals("Only certified Rohingya speaker", assignment.reason().orElseThrow());
        assertEquals("Only certified Rohingya speaker", booking.statusReason().orElseThrow());
        assertTrue(assignment.offer().isEmpty());
    }

    @Test
    void cancellingNeedsAReasonAndKeepsIt() {
        Booking booking = Fixtures.booking();
        ValidationException e = assertThrows(ValidationException.class, () -> booking.cancel("", NOW));
        assertEquals("A cancellation needs a reason.", e.getMessage());
        booking.cancel("The person was moved to another shelter", NOW);
        assertEquals("The person was moved to another shelter", booking.statusReason().orElseThrow());
    }

    @Test
    void aReleasedAssignmentFreesTheInterpreterOnce() {
        Booking booking = Fixtures.booking();
        Assignment assignment = booking.assign(FIRST, "coordinator-1", "Continuity", false, NOW);
        assertTrue(assignment.isActive());
        booking.cancel("Hearing postponed", NOW);
        assignment.release(NOW);
        assertFalse(assignment.isActive());
        assertEquals(NOW, assignment.releasedAt().orElseThrow());
        assertThrows(ConflictException.class, () -> assignment.release(NOW));
    }
}
