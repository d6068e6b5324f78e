package org.saphan.application;

import java.util.List;
import java.util.Map;

/** An interpreter's offers: what is open to it, and its answers. The first accept wins. */
public interface OfferService {

    List<Map<String, Object>> myOffers();

    /** Takes the booking: its details as the assigned interpreter sees them, or a conflict if someone was first. */
    Map<String, Object> accept(long offerId);

    void decline(long offerId, String reason);
}
