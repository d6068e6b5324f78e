package org.saphan.domain.model.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.ValidationException;

class OfferTest {

    private static final Instant NOW = Fixtures.NOW;
    private static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(15));

    enum Answer {
        ACCEPT, DECLINE, WITHDRAW, EXPIRE
    }

    static Stream<Arguments> everyAnswerFromEveryStatus() {
        List<Arguments> rows = new ArrayList<>();
        for (OfferStatus from : OfferStatus.values()) {
            for (Answer answer : Answer.values()) {
                OfferStatus to = null;
                String refusal = switch (from) {
                    case OPEN -> null;
                    case WITHDRAWN -> "taken";
                    case EXPIRED -> "offer-expired";
                    default -> ConflictException.WRONG_STATE;
                };
                if (from == OfferStatus.OPEN) {
                    to = switch (answer) {
                        case ACCEPT -> OfferStatus.ACCEPTED;
                        case DECLINE -> OfferStatus.DECLINED;
                        case WITHDRAW -> OfferStatus.WITHDRAWN;
                        case EXPIRE -> OfferStatus.EXPIRED;
                    };
                }
                rows.add(Arguments.of(from, answer, to, refusal));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("everyAnswerFromEveryStatus")
    void onlyAnOpenOfferIsAnswered(OfferStatus from, Answer answer, OfferStatus to, String refusal) {
        Offer offer = offerIn(from);
        // expiring is only possible once the time is up; the others happen before
        Instant when = answer == Answer.EXPIRE ? EXPIRES : NOW.plusSeconds(60);
        Runnable action = () -> apply(offer, answer, when);
        if (to == null) {
            ConflictException e = assertThrows(ConflictException.class, action::run);
            assertEquals(refusal, e.code());
            assertEquals(from, offer.status());
        } else {
            action.run();
            assertEquals(to, offer.status());
        }
    }

    @Test
    void anOfferCannotExpireBeforeItsTime() {
        Offer offer = offerIn(OfferStatus.OPEN);
        ConflictException e = assertThrows(ConflictException.class, () -> offer.expire(EXPIRES.minusMillis(1)));
        assertEquals("This offer runs until " + EXPIRES + ": it cannot expire yet.", e.getMessage());
    }

    @Test
    void declineKeepsAnOptionalReason() {
        Offer offer = offerIn(OfferStatus.OPEN);
        offer.decline("  ", NOW);
        assertEquals(true, offer.declineReason().isEmpty());
        Offer other = offerIn(OfferStatus.OPEN);
        ValidationException e = assertThrows(ValidationException.class, () -> other.decline("r".repeat(501), NOW));
        assertEquals("reason", e.fieldName());
    }

    @Test
    void offersAreTheSameForTheSameBookingAndInterpreter() {
        assertEquals(offerIn(OfferStatus.OPEN), offerIn(OfferStatus.DECLINED));
    }

    private static Offer offerIn(OfferStatus status) {
        Offer offer = new Offer(Fixtures.REFERENCE, InterpreterId.of(5), 1, NOW, EXPIRES);
        switch (status) {
            case OPEN -> {
            }
            case ACCEPTED -> offer.accept(NOW);
            case DECLINED -> offer.decline("Already booked elsewhere", NOW);
            case WITHDRAWN -> offer.withdraw(NOW);
            case EXPIRED -> offer.expire(EXPIRES);
        }
        assertEquals(status, offer.status());
        return offer;
    }

    private static void apply(Offer offer, Answer answer, Instant when) {
        switch (answer) {
            case ACCEPT -> offer.accept(when);
            case DECLINE -> offer.decline(null, when);
            case WITHDRAW -> offer.withdraw(when);
            case EXPIRE -> offer.expire(when);
        }
    }
}
