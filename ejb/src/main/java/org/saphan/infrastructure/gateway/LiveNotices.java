package org.saphan.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.saphan.application.events.BookingAssigned;
import org.saphan.application.events.BookingCancelled;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.events.NobodyOnCall;
import org.saphan.application.events.OffersMade;
import org.saphan.application.events.OffersWithdrawn;
import org.saphan.infrastructure.cluster.ClusterRelay;

/**
 * The one observer of the application's live events, after the commit ({@code AFTER_SUCCESS}): it renders each
 * message's JSON once, pushes it to this node's sockets ({@link LiveNotifications}) and hands the same text to the
 * {@link ClusterRelay} for the sockets of the other nodes. A wave of offers is one event and one notice to the others,
 * whatever its size. This node's sockets come first: they are the ones a single server has, and the relay only queues.
 */
@ApplicationScoped
public class LiveNotices {

    @Inject
    LiveNotifications live;

    @Inject
    ClusterRelay relay;

    void offersMade(@Observes(during = TransactionPhase.AFTER_SUCCESS) OffersMade event) {
        List<OffersMade.Made> wave = event.offers();
        long[] interpreters = new long[wave.size()];
        long[] offers = new long[wave.size()];
        String[] texts = new String[wave.size()];
        for (int i = 0; i < texts.length; i++) {
            OffersMade.Made made = wave.get(i);
            interpreters[i] = made.interpreter().value();
            offers[i] = made.offerId().value();
            texts[i] = live.message("offer", "offer", made.offer());
            live.pushOffer(interpreters[i], offers[i], texts[i]);
        }
        relay.offers(interpreters, offers, texts);
    }

    void offersWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) OffersWithdrawn event) {
        List<OffersWithdrawn.Withdrawn> taken = event.offers();
        long[] interpreters = new long[taken.size()];
        long[] offers = new long[taken.size()];
        String[] texts = new String[taken.size()];
        for (int i = 0; i < texts.length; i++) {
            OffersWithdrawn.Withdrawn withdrawn = taken.get(i);
            interpreters[i] = withdrawn.interpreter().value();
            offers[i] = withdrawn.offerId().value();
            texts[i] = live.message("offer-withdrawn", "offerId", offers[i]);
            live.pushWithdrawal(interpreters[i], offers[i], texts[i]);
        }
        relay.withdrawals(interpreters, offers, texts);
    }

    void assigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingAssigned event) {
        String text = live.message("assigned", "booking", event.booking());
        live.push(event.interpreter().value(), text);
        relay.toInterpreter(event.interpreter().value(), text);
    }

    void cancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingCancelled event) {
        String text = live.message("cancelled", "booking", event.reference().value());
        live.push(event.interpreter().value(), text);
        relay.toInterpreter(event.interpreter().value(), text);
    }

    /** Someone is waiting and nobody qualified is on call: every coordinator's feed raises it. */
    void nobodyOnCall(@Observes(during = TransactionPhase.AFTER_SUCCESS) NobodyOnCall event) {
        String text = live.nobodyOnCallMessage(event);
        live.pushToCoordinators(text);
        relay.toCoordinators(text);
    }

    /** Each node reads the booking again for its own staff, as each may see it: only the reference travels. */
    void bookingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingChanged event) {
        live.bookingChanged(event);
        relay.bookingChanged(event.reference());
    }
}
