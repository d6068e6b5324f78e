package org.saphan.domain.model.audit;

import java.time.Instant;

/** A search of the log; every part optional. {@code object} matches an entry's object or one of the listed ones. */
public record AuditQuery(String actor, AuditAction action, String object, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
