package org.saphan.application;

import java.util.List;
import org.saphan.application.booking.OverrideView;

/**
 * Hand assignments that set a matching rule aside: a list for coordinators, and a second coordinator's review of
 * each (never by the coordinator who made the override).
 */
public interface OverrideReviewService {

    /** Overrides, newest first: those waiting for review, or all when {@code pending} is false. */
    List<OverrideView> list(boolean pending);

    /** A second coordinator has looked at the override on this booking. */
    OverrideView review(String reference, String note);
}
