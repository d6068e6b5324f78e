package org.saphan.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.booking.MatchingPolicy;
import org.saphan.application.booking.OfferView;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.events.OffersMade;
import org.saphan.application.events.OffersWithdrawn;
import org.saphan.domain.model.audit.Actor;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
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
    Event<OffersMade> offersMade;

    @Inject
    Event<OffersWithdrawn> offersWithdrawn;

    @Inject
    Event<BookingChanged> bookingChanged;

    @Inject
    AuditTrail audit;

    public InterpreterMatcher matcher() {
        return new InterpreterMatcher(settings.travelBuffer());
    }

    /**
     * Moves the booking on: expires the offers whose time ran out, sends the next wave when none is open any more,
     * or marks it UNFILLED once the deadline has passed. Every row is written first; the log's entries come last,
     * one per kind of act on the booking (the offers it names in {@code object_ids}), so that nothing is done per
     * offer while the log's head is locked.
     */
    public void advance(Booking booking, Instant now) {
        if (booking.status() != BookingStatus.OPEN && booking.status() != BookingStatus.OFFERED) {
            return;
        }
        List<Offer> all = offers.findByBooking(booking.reference());
        if (booking.isPastFillDeadline(now)) {
            booking.markUnfilled(now);
            List<Offer> withdrawn = booking.withdrawOpenOffers(all, now);
            bookingChanged.fire(new BookingChanged(booking.reference()));
            audit.recordBySystem(AuditAction.BOOKING_UNFILLED, "booking", booking.reference().value(),
                    "nobody took it by its deadline");
            withdraw(withdrawn);
            LOG.info(() -> "Booking " + booking.reference() + " unfilled: nobody took it by its deadline");
            return;
        }
        List<Offer> expired = new ArrayList<>();
        boolean anyOpen = false;
        for (Offer offer : all) {
            if (offer.isOpen() && offer.isExpiredAt(now)) {
                offer.expire(now);
                expired.add(offer);
            } else if (offer.isOpen()) {
                anyOpen = true;
            }
        }
        List<Offer> made = anyOpen ? List.of() : nextWave(booking, all, now);
        if (!expired.isEmpty()) {
            systemEntry(AuditAction.OFFER_EXPIRE, booking.reference(), expired, "unanswered in time");
        }
        if (!made.isEmpty()) {
            systemEntry(AuditAction.OFFER_MADE, booking.reference(), made, "wave " + booking.currentWave() + ", "
                    + made.size() + (made.size() == 1 ? " offer" : " offers"));
            List<OfferView> views = BookingViews.offers(made, booking);
            List<OffersMade.Made> wave = new ArrayList<>(made.size());
            for (int i = 0; i < made.size(); i++) {
                wave.add(new OffersMade.Made(made.get(i).interpreter(), made.get(i).id().orElseThrow(),
                        views.get(i)));
            }
            offersMade.fire(new OffersMade(booking.reference(), wave));
        }
        if (!expired.isEmpty() || !made.isEmpty()) {
            // the requesters and coordinators watching see the offers come and go
            bookingChanged.fire(new BookingChanged(booking.reference()));
        }
    }

    /**
     * Stores the next wave's offers in one batch; the caller logs them.
     *
     * @return the offers that went out, each with its id; empty when nobody is left to ask
     */
    private List<Offer> nextWave(Booking booking, List<Offer> earlier, Instant now) {
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
            return List.of();
        }
        Duration timeout = immediate ? Duration.between(now, booking.fillDeadline()) : settings.offerTimeout();
        List<Offer> made = booking.offerTo(next, now, timeout);
        offers.storeAll(made); // one batch, written at once: the offers' ids go to the interpreters
        LOG.info(() -> "Booking " + booking.reference() + ": wave " + booking.currentWave() + " offered to "
                + made.size() + " interpreters");
        return made;
    }

    /**
     * One entry of Saphan's own for one act on some offers of one booking: the booking as its object, so that its
     * access history and the log's search by reference find it, and the offers' ids in {@code object_ids}, so that
     * a search by an offer's id finds it too. Which interpreter got which offer is in the offers themselves.
     */
    private void systemEntry(AuditAction action, BookingReference booking, List<Offer> about, String why) {
        // a wave to thousands (an immediate booking in a large pool) is one entry per thousand offers: a column of
        // object ids holds about six thousand, and an entry that did not fit would roll the whole wave back
        for (int from = 0; from < about.size(); from += MAX_OFFERS_PER_ENTRY) {
            List<Offer> part = about.subList(from, Math.min(about.size(), from + MAX_OFFERS_PER_ENTRY));
            List<String> ids = new ArrayList<>(part.size());
            for (Offer offer : part) {
                ids.add(String.valueOf(offer.id().orElseThrow().value()));
            }
            audit.append(new AuditRecord(Actor.SYSTEM, action, "booking", booking.value(), ids, Outcome.ALLOWED,
                    why, audit.requestId()));
        }
    }

    /** The offers one log entry lists at most: their ids, joined, stay well inside the column (TEXT, 64 KB). */
    static final int MAX_OFFERS_PER_ENTRY = 1000;

    /** Logs and tells of offers the caller has just withdrawn (its booking taken, assigned, cancelled, unfilled). */
    public void withdraw(List<Offer> withdrawn) {
        withdraw(withdrawn, "the booking was taken, assigned, cancelled or unfilled");
    }

    /** One entry per booking whose offers were withdrawn, then one event for them all. */
    private void withdraw(List<Offer> withdrawn, String why) {
        if (withdrawn.isEmpty()) {
            return;
        }
        Map<BookingReference, List<Offer>> byBooking = new LinkedHashMap<>();
        List<OffersWithdrawn.Withdrawn> told = new ArrayList<>(withdrawn.size());
        for (Offer offer : withdrawn) {
            byBooking.computeIfAbsent(offer.booking(), b -> new ArrayList<>()).add(offer);
            told.add(new OffersWithdrawn.Withdrawn(offer.interpreter(), offer.id().orElseThrow()));
        }
        byBooking.forEach((booking, its) -> systemEntry(AuditAction.OFFER_WITHDRAW, booking, its, why));
        offersWithdrawn.fire(new OffersWithdrawn(told));
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
