package org.saphan.application;

import java.util.List;
import java.util.Map;
import org.saphan.application.booking.BookingInput;

/**
 * Bookings: requesters ask for interpreters, coordinators oversee and assign by hand, interpreters see what is
 * assigned to them. Every answer about a booking is built from the allow-list of the caller's role
 * ({@link org.saphan.application.booking.BookingViews}); another agency's booking answers "not found".
 */
public interface BookingService {

    /** A booking made, or found again for a retry with the same Idempotency-Key and the same request. */
    record Created(Map<String, Object> booking, boolean replayed) {
    }

    Created create(BookingInput input, String idempotencyKey);

    List<Map<String, Object>> list(String status, String from, String to);

    Map<String, Object> get(String reference);

    /**
     * The assigned interpreter acknowledges the confidentiality terms for this assignment; only then does it see the
     * place, the note and the contact. Answers the booking as it now sees it.
     */
    Map<String, Object> acknowledge(String reference);

    Map<String, Object> cancel(String reference, String reason);

    /** Why each interpreter of the pool would or would not get this booking: ranked with reasons, or excluded. */
    Map<String, Object> candidates(String reference);

    Map<String, Object> assign(String reference, Long interpreterId, String reason, boolean override);

    /**
     * Never assign this interpreter to this case; its open offers for the case are withdrawn at once. Excludes an interpreter from a case: the requester's own agency's case, or, for a coordinator, the case of the
     * agency named ({@code forAgency}, needed only when several agencies use the code).
     */
    Map<String, Object> exclude(String caseCode, Long interpreterId, String reason, String forAgency);
}
