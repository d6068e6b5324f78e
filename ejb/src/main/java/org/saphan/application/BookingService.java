package org.saphan.application;

import java.util.List;
import org.saphan.application.booking.BookingInput;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.CandidatesView;
import org.saphan.application.booking.ExclusionView;
import org.saphan.application.booking.OfferHistoryView;

/**
 * Bookings: requesters ask for interpreters, coordinators oversee and assign by hand, interpreters see what is
 * assigned to them. Every answer about a booking is built from the allow-list of the caller's role
 * ({@link org.saphan.application.booking.BookingViews}); another agency's booking answers "not found".
 * <p>
 * References and ids come as the caller sent them and are read after the role check: a caller without the role is
 * refused (403) whatever it sent, and a reference that is no reference answers "not found" like one that does not
 * exist.
 */
public interface BookingService {

    /** A booking made, or found again for a retry with the same Idempotency-Key and the same request. */
    record Created(BookingView booking, boolean replayed) {
    }

    Created create(BookingInput input, String idempotencyKey);

    List<BookingView> list(String status, String from, String to);

    BookingView get(String reference);

    /**
     * The assigned interpreter acknowledges the confidentiality terms for this assignment; only then does it see the
     * place, the note and the contact. Answers the booking as it now sees it.
     */
    BookingView acknowledge(String reference);

    BookingView cancel(String reference, String reason);

    /** Why each interpreter of the pool would or would not get this booking: ranked with reasons, or excluded. */
    CandidatesView candidates(String reference);

    /**
     * Coordinators: every offer of this booking, oldest first, with who holds it, who declined and when, who let it
     * run out, and who had it withdrawn.
     */
    OfferHistoryView offers(String reference);

    BookingView assign(String reference, Long interpreterId, String reason, boolean override);

    /**
     * Never assign this interpreter to this case; its open offers for the case are withdrawn at once. Excludes an interpreter from a case: the requester's own agency's case, or, for a coordinator, the case of the
     * agency named ({@code forAgency}, needed only when several agencies use the code).
     */
    ExclusionView exclude(String caseCode, Long interpreterId, String reason, String forAgency);
}
