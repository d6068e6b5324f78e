package org.saphan.domain.model.booking;

import org.saphan.domain.model.shared.ValidationException;

/**
 * Who asked for a booking: the agency it belongs to (which alone sees the booking among requesters) and the signed-in
 * subject, from the token.
 */
public record Requester(String agency, String subject) {

    public static final int MAX_AGENCY = 64;
    public static final int MAX_SUBJECT = 128;

    public Requester {
        agency = ValidationException.requireText(agency, "agency", "The requester's agency is missing.");
        ValidationException.requireAtMost(agency, MAX_AGENCY, "agency", "The agency");
        subject = ValidationException.requireText(subject, "subject", "The requester is missing.");
        ValidationException.requireAtMost(subject, MAX_SUBJECT, "subject", "The requester's subject");
    }
}
