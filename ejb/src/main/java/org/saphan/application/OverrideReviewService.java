package org.saphan.application;

import java.util.List;
import java.util.Map;

/**
 * Hand assignments that set a matching rule aside: a list for coordinators, and a second coordinator's review of
 * each (never by the coordinator who made the override).
 */
public interface OverrideReviewService {

    /** Overrides, newest first: those waiting for review, or all when {@code pending} is false. */
    List<Map<String, Object>> list(boolean pending);

    /** A second coordinator has looked at the override on this booking. */
    Map<String, Object> review(String reference, String note);
}
