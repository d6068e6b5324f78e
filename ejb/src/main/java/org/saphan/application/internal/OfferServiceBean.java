package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.application.OfferService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.booking.OfferView;
import org.saphan.application.events.BookingAssigned;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.service.CandidatePool;
import org.saphan.domain.service.HardRule;
import org.saphan.domain.service.MatchNeeds;

/**
 * Accepting locks the booking's row, then the interpreter's: the first accept wins and every other one waits and
 * then finds the booking taken (409); an interpreter's own calendar cannot be double-booked by two accepts at once.
 * The rules are checked again at the moment of accepting (vetting may have lapsed, another job may have come in).
 */
@Stateless
@RolesAllowed(Caller.INTERPRETER)
public class OfferServiceBean implements OfferService {

    private static final Logger LOG = Logger.getLogger(OfferServiceBean.class.getName());

    @Inject
    CallerScope scope;

    @Inject
    OfferRepository offers;

    @Inject
    BookingRepository bookings;

    @Inject
    AssignmentRepository assignments;

    @Inject
    InterpreterRepository interpreters;

    @Inject
    CandidatePool pool;

    @Inject
    OfferDispatcher dispatcher;

    @Inject
    Event<BookingAssigned> bookingAssigned;

    @Inject
    Event<BookingChanged> bookingChanged;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public List<OfferView> myOffers() {
        Optional<Interpreter> me = scope.interpreter();
        if (me.isEmpty()) {
            audit.recordList(AuditAction.OFFER_LIST, "offer", List.of());
            return List.of();
        }
        Instant now = clock.instant();
        List<OfferView> views = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Offer offer : offers.findOpenFor(me.get().id())) {
            if (!offer.isExpiredAt(now)) {
                bookings.find(offer.booking()).ifPresent(b -> {
                    views.add(BookingViews.offer(offer, b));
                    shown.add(b.reference().value());
                });
            }
        }
        audit.recordList(AuditAction.OFFER_LIST, "offer", shown);
        return views;
    }

    @Override
    public BookingView accept(long offerId) {
        Interpreter me = scope.requireInterpreter();
        Offer found = mine(offerId, me);
        Booking booking = bookings.findForUpdate(found.booking()).orElseThrow();
        // read again after the lock: it may have been withdrawn
        Offer offer = offers.findCurrent(found.id().orElseThrow()).orElseThrow();
        Interpreter locked = interpreters.findForUpdate(me.id()).orElseThrow();
        Instant now = clock.instant();
        if (booking.status() == BookingStatus.OFFERED && offer.isOpen()) {
            Optional<HardRule> broken = dispatcher.matcher().firstBrokenRule(MatchNeeds.of(booking),
                    pool.snapshotOf(booking, locked, now));
            if (broken.isPresent()) {
                if (broken.get() == HardRule.OVERLAP) {
                    throw new ConflictException("overlap", "You already have a booking at that time (travel time "
                            + "counted), so you cannot take this one too.");
                }
                throw new RuleViolationException("hard-rule", "You cannot take this booking now: "
                        + broken.get().explanation());
            }
        }
        Assignment assignment = booking.acceptOffer(offer, scope.caller().subject(), now);
        assignments.store(assignment); // another interpreter's accept that committed first is refused here: 409 taken
        List<Offer> withdrawn = booking.withdrawOpenOffers(offers.findByBooking(booking.reference()), now);
        // the interpreter's other offers are locked before anything is logged: the log's head is the last lock taken
        withdrawNowUntakeable(locked, now);
        dispatcher.withdraw(withdrawn);
        // the details open once the interpreter acknowledges the confidentiality terms for this assignment
        BookingView view = BookingViews.awaitingAcknowledgement(booking);
        bookingAssigned.fire(new BookingAssigned(me.id(), booking.reference(), view));
        bookingChanged.fire(new BookingChanged(booking.reference()));
        audit.record(AuditAction.OFFER_ACCEPT, "booking", booking.reference().value(), "offer " + offerId);
        LOG.info(() -> "Booking " + booking.reference() + " accepted by interpreter " + me.id());
        return view;
    }

    /**
     * The interpreter's other open offers that the job just accepted rules out (an overlap, travel counted) are
     * withdrawn at once, and the interpreter is told; they would only fail on accept.
     */
    private void withdrawNowUntakeable(Interpreter me, Instant now) {
        List<Offer> untakeable = new ArrayList<>();
        for (Offer other : offers.findOpenFor(me.id())) {
            Optional<Booking> b = bookings.find(other.booking());
            if (b.isPresent() && dispatcher.matcher().firstBrokenRule(MatchNeeds.of(b.get()),
                    pool.snapshotOf(b.get(), me, now)).isPresent()) {
                untakeable.add(other);
            }
        }
        dispatcher.withdrawUntakeable(untakeable, now, "the interpreter accepted another job at that time");
    }

    @Override
    public void decline(long offerId, String reason) {
        Interpreter me = scope.requireInterpreter();
        Offer found = mine(offerId, me);
        // the booking's lock first, as everywhere, then the offer: no deadlock with a racing accept
        Booking booking = bookings.findForUpdate(found.booking()).orElseThrow();
        Offer offer = offers.findCurrent(found.id().orElseThrow()).orElseThrow();
        Instant now = clock.instant();
        offer.decline(reason, now);
        dispatcher.advance(booking, now);
        bookingChanged.fire(new BookingChanged(booking.reference()));
        audit.record(AuditAction.OFFER_DECLINE, "booking", booking.reference().value(),
                "offer " + offerId + (reason == null || reason.isBlank() ? "" : ": " + reason));
    }

    /** The caller's own offer; anyone else's answers 404. */
    private Offer mine(long offerId, Interpreter me) {
        if (offerId <= 0) {
            throw new NotFoundException("offer", offerId);
        }
        return offers.find(new OfferId(offerId))
                .filter(o -> o.interpreter().equals(me.id()))
                .orElseThrow(() -> new NotFoundException("offer", offerId));
    }

    @Override
    @PermitAll
    public List<OfferView> openOffersOf(InterpreterId interpreter) {
        Instant now = clock.instant();
        List<OfferView> views = new ArrayList<>();
        for (Offer offer : offers.findOpenFor(interpreter)) {
            if (!offer.isExpiredAt(now)) {
                bookings.find(offer.booking()).ifPresent(b -> views.add(BookingViews.offer(offer, b)));
            }
        }
        return views;
    }
}
