package org.saphan.domain.model.audit;

/** What was done (or tried). Stored by name: rename a constant only with a migration of the stored entries. */
public enum AuditAction {
    IDENTITY_READ,
    ROLE_CHECK,
    BOOKING_CREATE,
    BOOKING_LIST,
    BOOKING_READ,
    BOOKING_CANCEL,
    BOOKING_CANDIDATES,
    BOOKING_ASSIGN,
    BOOKING_ASSIGN_OVERRIDE,
    BOOKING_ACKNOWLEDGE,
    BOOKING_ACCESS_HISTORY,
    BOOKING_PSEUDONYMISE,
    CASE_EXCLUDE,
    OFFER_LIST,
    OFFER_MADE,
    OFFER_ACCEPT,
    OFFER_DECLINE,
    INTERPRETER_CREATE,
    INTERPRETER_LIST,
    INTERPRETER_READ,
    INTERPRETER_UPDATE,
    INTERPRETER_SUSPEND,
    INTERPRETER_REINSTATE,
    INTERPRETER_AVAILABILITY,
    INTERPRETER_ON_CALL,
    SESSION_JOIN,
    SESSION_LEAVE,
    AUDIT_SEARCH,
    AUDIT_VERIFY,
    /** A coordinator started the background walk over the whole chain. */
    AUDIT_FULL_WALK,
    AUDIT_EXPORT,
    /** Admission to the gateway: a ticket issued, a guest code issued or redeemed, a session ended. */
    GATEWAY_TICKET,
    GUEST_CODE_ISSUE,
    GUEST_CODE_REDEEM,
    SESSION_END,
    /** A guest's device came back to its room with the rejoin credential its code gave it. */
    GUEST_REJOIN,
    /** What Saphan does by itself: offers that ran out or were taken back, bookings nobody took in time. */
    OFFER_EXPIRE,
    OFFER_WITHDRAW,
    BOOKING_UNFILLED,
    /** The end of a booking: check-in and check-out, the requester's confirmation, a no-show. */
    BOOKING_CHECK_IN,
    BOOKING_CHECK_OUT,
    BOOKING_CONFIRM,
    BOOKING_NO_SHOW,
    /** Saphan marks a booking whose time passed without check-in or check-out. */
    BOOKING_ENDED_UNCONFIRMED,
    /** Hand assignments with an override: the review list, and a second coordinator's review. */
    OVERRIDE_LIST,
    OVERRIDE_REVIEW,
    /** An immediate booking that nobody qualified on call can take: raised to the coordinators. */
    BOOKING_NOBODY_ON_CALL,
    /** Coordinators overseeing: the offers of one booking, the coverage report. */
    BOOKING_OFFERS,
    REPORT_COVERAGE,
    /** A request refused before any use case was known (no or bad token at the container). */
    API_REQUEST
}
