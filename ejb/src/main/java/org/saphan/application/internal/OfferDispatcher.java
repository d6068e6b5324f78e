package org.saphan.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.booking.MatchingPolicy;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.events.OfferMade;
import org.saphan.application.events.OfferWithdrawn;
import org.saphan.domain.model.audit.Actor;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.service.CandidatePool;
import org.saphan.domain.service.InterpreterMatcher;
import org.saphan.domain.service.MatchNeeds;
import org.saphan.domain.service.MatchResult;

/**
 * Sends a booking's offers in waves, inside the caller's transaction and under its lock on the booking: a scheduled
 * booking goes to the best few not asked yet; an immediate one to every qualified interpreter on call at once. Past
 * the fill deadline the booking becomes UNFILLED and its open offers are withdrawn.
 */
@ApplicationScoped
public class OfferDispatcher {

    private static final Logger LOG = Logger.getLogger(OfferDispatcher.class.getName());

    @Inject
    CandidatePool pool;

    @Inject
    OfferRepository offers;

    @Inject
    MatchingPolicy settings;

    @Inject
    Event<OfferMade> offerMade;

    @Inject
    Event<OfferWithdrawn> offerWithdrawn;

    @Inject
    Event<BookingChanged> bookingChanged;

    @Inject
    AuditTrail audit;

    public InterpreterMatcher matcher() {
        return new InterpreterMatcher(settings.travelBuffer());
    }

    /**
     * Moves the booking on: expires the offers whose time ran out, sends the next wave when none is open any more,
     * or marks it UNFILLED once the deadline has passed.
     */
    public void advance(Booking booking, Instant now) {
        if (booking.status() != BookingStatus.OPEN && booking.status() != BookingStatus.OFFERED) {
            return;
        }
        List<Offer> all = offers.findByBooking(booking.reference());
        if (booking.isPastFillDeadline(now)) {
            booking.markUnfilled(now);
            audit.recordBySystem(AuditAction.BOOKING_UNFILLED, "booking", booking.reference().value(),
                    "nobody took it by its deadline");
            withdraw(booking.withdrawOpenOffers(all, now));
            bookingChanged.fire(new BookingChanged(booking.reference()));
            LOG.info(() -> "Booking " + booking.reference() + " unfilled: nobody took it by its deadline");
            return;
        }
        boolean anyOpen = false;
        boolean changed = false;
        for (Offer offer : all) {
            if (offer.isOpen() && offer.isExpiredAt(now)) {
                offer.expire(now);
                systemEntry(AuditAction.OFFER_EXPIRE, offer, "unanswered in time");
                changed = true;
            } else if (offer.isOpen()) {
                anyOpen = true;
            }
        }
        if (!anyOpen) {
            changed |= nextWave(booking, all, now);
        }
        if (changed) {
            // the requesters and coordinators watching see the offers come and go
            bookingChanged.fire(new BookingChanged(booking.reference()));
        }
    }

    /** @return whether offers went out */
    private boolean nextWave(Booking booking, List<Offer> earlier, Instant now) {
        Set<InterpreterId> asked = new HashSet<>();
        for (Offer offer : earlier) {
            asked.add(offer.interpreter());
        }
        MatchResult result = matcher().match(MatchNeeds.of(booking), pool.candidatesFor(booking, now),
                Integer.MAX_VALUE);
        boolean immediate = booking.urgency() == Urgency.IMMEDIATE;
        int wave = immediate ? Integer.MAX_VALUE : settings.waveSize();
        List<InterpreterId> next = new ArrayList<>();
        for (InterpreterId id : result.rankedIds()) {
            if (next.size() >= wave) {
                break;
            }
            if (!asked.contains(id)) {
                next.add(id);
            }
        }
        if (next.isEmpty()) {
            LOG.fine(() -> "Booking " + booking.reference() + ": nobody left to offer it to for now");
            return false;
        }
        Duration timeout = immediate ? Duration.between(now, booking.fillDeadline()) : settings.offerTimeout();
        List<Offer> made = booking.offerTo(next, now, timeout);
        offers.storeAll(made); // written at once: the offers' ids go to the interpreters
        for (Offer offer : made) {
            audit.append(new AuditRecord(Actor.SYSTEM, AuditAction.OFFER_MADE, "offer",
                    String.valueOf(offer.id().orElseThrow().value()), List.of(booking.reference().value()),
                    Outcome.ALLOWED, "to interpreter " + offer.interpreter().value() + ", wave "
                            + booking.currentWave(),
                    audit.requestId()));
            offerMade.fire(new OfferMade(offer.interpreter(), offer.id().orElseThrow(),
                    BookingViews.offer(offer, booking)));
        }
        LOG.info(() -> "Booking " + booking.reference() + ": wave " + booking.currentWave() + " offered to "
                + made.size() + " interpreters");
        return true;
    }

    /** An act of Saphan's own on an offer, in the log under the offer and its booking. */
    private void systemEntry(AuditAction action, Offer offer, String why) {
        audit.append(new AuditRecord(Actor.SYSTEM, action, "offer", String.valueOf(offer.id().orElseThrow().value()),
                List.of(offer.booking().value()), Outcome.ALLOWED, why + " (interpreter " + offer.interpreter().value()
                        + ")",
                audit.requestId()));
    }

    public void withdraw(List<Offer> withdrawn) {
        withdraw(withdrawn, "the booking was taken, assigned, cancelled or unfilled");
    }

    private void withdraw(List<Offer> withdrawn, String why) {
        for (Offer offer : withdrawn) {
            systemEntry(AuditAction.OFFER_WITHDRAW, offer, why);
            offerWithdrawn.fire(new OfferWithdrawn(offer.interpreter(), offer.id().orElseThrow()));
        }
    }

    /**
     * Takes back offers that their interpreter can no longer take (excluded from the case, or busy with a job just
     * accepted), and tells the interpreters after commit. Each offer's row is locked and read again first, so an
     * offer answered meanwhile is left alone. The booking is not locked: the offer clock sends its next wave within
     * one tick once none of its offers is open.
     *
     * @param why for the log, in Saphan's words
     * @return the offers withdrawn
     */
    public List<Offer> withdrawUntakeable(List<Offer> offersToCheck, Instant now, String why) {
        List<Offer> withdrawn = new ArrayList<>();
        for (Offer candidate : offersToCheck) {
            Offer offer = offers.findCurrentForUpdate(candidate.id().orElseThrow()).orElseThrow();
            if (offer.isOpen() && !offer.isExpiredAt(now)) {
                offer.withdraw(now);
                withdrawn.add(offer);
            }
        }
        withdraw(withdrawn, why);
        return withdrawn;
    }
}
