package org.saphan.domain.model.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.model.shared.ValidationException;

/** How a booking ends (issue 11, items 16 and 17): actual times, confirmation, no-shows, and the time they free. */
class BookingEndTest {

    private static final InterpreterId MINE = InterpreterId.of(1);
    private static final InterpreterId OTHER = InterpreterId.of(2);

    private static Booking assigned() {
        Booking booking = Fixtures.booking();
        booking.assign(MINE, "coordinator-1", "Continuity", false, Fixtures.NOW);
        return booking;
    }

    @Test
    void checkInOpensAnHourBeforeTheStartAndOnlyForTheAssignedInterpreter() {
        Booking booking = assigned();
        Instant early = booking.start().minus(Booking.CHECK_IN_OPENS_BEFORE).minusSeconds(1);
        ConflictException tooEarly = assertThrows(ConflictException.class,
                () -> booking.checkIn(MINE, null, early));
        assertEquals("too-early", tooEarly.code());
        ConflictException notMine = assertThrows(ConflictException.class,
                () -> booking.checkIn(OTHER, null, booking.start()));
        assertEquals(ConflictException.WRONG_STATE, notMine.code());
        assertEquals(BookingStatus.ASSIGNED, booking.status());

        Instant arrived = booking.start().minus(Duration.ofMinutes(5));
        booking.checkIn(MINE, arrived, booking.start());
        assertEquals(BookingStatus.IN_PROGRESS, booking.status());
        assertEquals(arrived, booking.checkedInAt().orElseThrow(), "the actual time, not the moment of the click");
    }

    @Test
    void actualTimesAreNeverInTheFutureAndTheEndComesAfterTheStart() {
        Booking booking = assigned();
        Instant now = booking.start();
        ValidationException future = assertThrows(ValidationException.class,
                () -> booking.checkIn(MINE, now.plus(Duration.ofMinutes(10)), now));
        assertEquals("at", future.fieldName());
        booking.checkIn(MINE, null, now);
        ValidationException before = assertThrows(ValidationException.class,
                () -> booking.checkOut(MINE, now.minusSeconds(60), now.plus(Duration.ofMinutes(30))));
        assertEquals("at", before.fieldName());
        assertEquals(BookingStatus.IN_PROGRESS, booking.status());
    }

    @Test
    void checkOutWaitsForTheRequestersConfirmationAndGivesTheActualEnd() {
        Booking booking = assigned();
        booking.checkIn(MINE, null, booking.start());
        Instant done = booking.start().plus(Duration.ofMinutes(25));
        booking.checkOut(MINE, null, done);
        assertEquals(BookingStatus.ENDED_UNCONFIRMED, booking.status());
        assertEquals(Optional.of(done), booking.actualEnd());
        assertFalse(booking.status().isFinal(), "the requester still confirms");
        booking.confirm(done.plus(Duration.ofHours(3)));
        assertEquals(BookingStatus.COMPLETED, booking.status());
        assertEquals(done, booking.checkedOutAt().orElseThrow(), "confirming keeps the interpreter's end");
        assertTrue(booking.confirmedAt().isPresent());
    }

    @Test
    void aRequesterWhoConfirmsWhileInProgressEndsItNow() {
        Booking booking = assigned();
        booking.checkIn(MINE, null, booking.start());
        Instant now = booking.start().plus(Duration.ofMinutes(40));
        booking.confirm(now);
        assertEquals(BookingStatus.COMPLETED, booking.status());
        assertEquals(Optional.of(now), booking.actualEnd());
    }

    @Test
    void aNoShowIsReportedFromTheStartOnAndSaysWhoWasAbsent() {
        Booking booking = assigned();
        ConflictException early = assertThrows(ConflictException.class,
                () -> booking.reportNoShow(AbsentParty.INTERPRETER, "Nobody came", booking.start().minusSeconds(1)));
        assertEquals("too-early", early.code());
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> booking.reportNoShow(AbsentParty.INTERPRETER, " ", booking.start()));
        assertEquals("reason", noReason.fieldName());
        Instant at = booking.start().plus(Duration.ofMinutes(20));
        booking.reportNoShow(AbsentParty.INTERPRETER, "Nobody came", at);
        assertEquals(BookingStatus.NO_SHOW, booking.status());
        assertEquals(AbsentParty.INTERPRETER, booking.absentParty().orElseThrow());
        assertEquals(Optional.of(at), booking.actualEnd());
        assertTrue(booking.status().isFinal());
    }

    @Test
    void aCheckedInInterpreterCannotBeReportedAbsent() {
        Booking booking = assigned();
        booking.checkIn(MINE, null, booking.start());
        assertThrows(ConflictException.class, () -> booking.reportNoShow(AbsentParty.INTERPRETER, "Late",
                booking.start().plusSeconds(60)));
        booking.reportNoShow(AbsentParty.REQUESTER, "The person was moved", booking.start().plusSeconds(60));
        assertEquals(AbsentParty.REQUESTER, booking.absentParty().orElseThrow());
    }

    @Test
    void saphanMarksABookingEndedUnconfirmedOnlyAfterTheGrace() {
        Booking booking = assigned();
        Instant end = booking.window().end();
        assertFalse(booking.endUnconfirmed(end.plus(Booking.END_GRACE).minusSeconds(1)));
        assertEquals(BookingStatus.ASSIGNED, booking.status());
        assertTrue(booking.endUnconfirmed(end.plus(Booking.END_GRACE)));
        assertEquals(BookingStatus.ENDED_UNCONFIRMED, booking.status());
        assertEquals("Nobody checked in; the scheduled time is over.", booking.statusReason().orElseThrow());
        assertFalse(booking.endUnconfirmed(end.plus(Booking.END_GRACE).plusSeconds(10)), "once only");
        assertThrows(ConflictException.class, () -> booking.cancel("Too late", end.plus(Duration.ofDays(1))),
                "work that is over is not cancelled");
        booking.confirm(end.plus(Duration.ofDays(1)));
        assertEquals(BookingStatus.COMPLETED, booking.status());
    }

    @Test
    void anEarlyEndFreesTheInterpretersTimeFromThenOn() {
        Booking booking = Fixtures.booking();
        Assignment assignment = booking.assign(MINE, "coordinator-1", "Continuity", false, Fixtures.NOW);
        TimeWindow scheduled = booking.window();
        assertEquals(scheduled, assignment.window());
        Instant early = scheduled.start().plus(Duration.ofMinutes(5));
        assignment.end(early);
        assertEquals(TimeWindow.between(scheduled.start(), early), assignment.window());
        assignment.end(scheduled.end().plus(Duration.ofHours(1)));
        assertEquals(early, assignment.endedAt().orElseThrow(), "an end past the scheduled one changes nothing");
        assertTrue(assignment.blocksTime());

        Assignment calledOff = Fixtures.booking().assign(MINE, "coordinator-1", "Continuity", false, Fixtures.NOW);
        calledOff.end(scheduled.start().minusSeconds(60));
        assertFalse(calledOff.blocksTime(), "ended before it began: it blocks nothing");
    }

    @Test
    void anOverrideIsReviewedOnceByAnotherCoordinator() {
        Booking booking = Fixtures.booking();
        Assignment plain = booking.assign(MINE, "coordinator-1", "Continuity", false, Fixtures.NOW);
        assertEquals(ConflictException.WRONG_STATE, assertThrows(ConflictException.class,
                () -> plain.reviewOverride("coordinator-2", null, Fixtures.NOW)).code());

        Assignment overridden = Fixtures.booking().assign(MINE, "coordinator-1", "Only one left", true,
                Fixtures.NOW);
        overridden.overriding("VETTING");
        assertEquals("same-coordinator", assertThrows(ConflictException.class,
                () -> overridden.reviewOverride("coordinator-1", null, Fixtures.NOW)).code());
        overridden.reviewOverride("coordinator-2", "Checked with the vetting officer", Fixtures.NOW);
        assertEquals("coordinator-2", overridden.overrideReviewedBy().orElseThrow());
        assertEquals("VETTING", overridden.overrideRule().orElseThrow());
        assertEquals("already-reviewed", assertThrows(ConflictException.class,
                () -> overridden.reviewOverride("coordinator-3", null, Fixtures.NOW)).code());
    }
}
