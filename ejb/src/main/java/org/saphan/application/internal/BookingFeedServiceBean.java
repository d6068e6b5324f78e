package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saphan.application.BookingFeedService;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.BookingView.OfferSummary;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingFilter;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterRepository;

/**
 * Builds the staff feeds' booking views inside a transaction of their own (the change they report has committed).
 * Reads only: what a requester or coordinator already may list, pushed instead of asked for; the socket itself was
 * admitted and logged (GATEWAY_TICKET), so a push is not another entry.
 */
@Stateless
public class BookingFeedServiceBean implements BookingFeedService {

    /** How far back a (re)connecting feed looks: yesterday's bookings are still on an officer's mind. */
    static final Duration RECENT = Duration.ofDays(1);
    /** The most bookings a feed sends again on connecting. */
    static final int CURRENT_LIMIT = 150;

    @Inject
    BookingRepository bookings;

    @Inject
    OfferRepository offers;

    @Inject
    InterpreterRepository interpreters;

    @Inject
    Clock clock;

    /**
     * Called after a commit (the live feed reads on a managed executor); the read always has a transaction of its own,
     * because a caller still holding a committed transaction cannot enlist a connection in it (IJ000461).
     */
    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<FeedUpdate> update(BookingReference reference) {
        return bookings.find(reference).map(b -> {
            OfferSummary offerSummary = offerSummary(b, clock.instant());
            String name = interpreterName(b);
            return new FeedUpdate(b.reference(), b.agency(), view(b, Viewer.REQUESTER, name, offerSummary),
                    view(b, Viewer.COORDINATOR, name, offerSummary));
        });
    }

    @Override
    @PermitAll
    public List<BookingView> current(Grant grant) {
        Viewer viewer = Grant.COORDINATOR.equals(grant.role()) ? Viewer.COORDINATOR : Viewer.REQUESTER;
        BookingFilter scope = viewer == Viewer.COORDINATOR
                ? BookingFilter.all()
                : BookingFilter.ofAgency(grant.agency());
        Instant now = clock.instant();
        Map<BookingReference, Booking> found = new LinkedHashMap<>();
        for (Booking b : bookings.findAll(scope.between(now.minus(RECENT), null))) {
            found.put(b.reference(), b);
        }
        for (BookingStatus waiting : List.of(BookingStatus.OPEN, BookingStatus.OFFERED)) {
            for (Booking b : bookings.findAll(scope.withStatus(waiting))) {
                found.putIfAbsent(b.reference(), b);
            }
        }
        List<Booking> newestFirst = new ArrayList<>(found.values());
        newestFirst.sort(Comparator.comparing(Booking::createdAt).reversed());
        List<BookingView> views = new ArrayList<>();
        for (Booking b : newestFirst.subList(0, Math.min(CURRENT_LIMIT, newestFirst.size()))) {
            views.add(view(b, viewer, interpreterName(b), offerSummary(b, now)));
        }
        return views;
    }

    private static BookingView view(Booking b, Viewer viewer, String interpreterName, OfferSummary offerSummary) {
        return BookingViews.of(b, viewer, interpreterName).withOffers(offerSummary);
    }

    /** While a booking waits: how many interpreters hold an offer now, and until when the last of them may answer. */
    private OfferSummary offerSummary(Booking b, Instant now) {
        if (b.status() != BookingStatus.OPEN && b.status() != BookingStatus.OFFERED) {
            return null;
        }
        int open = 0;
        Instant until = null;
        for (Offer offer : offers.findByBooking(b.reference())) {
            if (offer.isOpen() && !offer.isExpiredAt(now)) {
                open++;
                until = until == null || offer.expiresAt().isAfter(until) ? offer.expiresAt() : until;
            }
        }
        return new OfferSummary(open, until, b.fillDeadline());
    }

    private String interpreterName(Booking b) {
        return b.interpreter().flatMap(interpreters::find).map(Interpreter::name).orElse(null);
    }
}
