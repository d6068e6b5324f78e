package org.saphan.domain.model.audit;

/**
 * Who acted: the token's subject (the stable key), the username for people, the roles, the agency. Never a token, never
 * a name of a person outside the staff.
 */
public record Actor(String subject, String username, String role, String agency) {

    /** Saphan itself: the offer clock, the retention job, offers sent as a consequence of someone's act. */
    public static final Actor SYSTEM = new Actor("system", "saphan", "system", null);

    /** Nobody signed in, or a token that could not be verified. */
    public static final Actor ANONYMOUS = new Actor("anonymous", null, null, null);

    public Actor {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an actor needs a subject");
        }
        subject = AuditRecord.clip(AuditRecord.escape(subject), 128);
        username = AuditRecord.clip(AuditRecord.escape(username), 128);
        role = AuditRecord.clip(AuditRecord.escape(role), 64);
        agency = AuditRecord.clip(AuditRecord.escape(agency), 64);
    }
}
