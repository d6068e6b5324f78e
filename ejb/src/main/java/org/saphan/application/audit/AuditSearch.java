package org.saphan.application.audit;

/** The search options of {@code GET /api/audit}, as given (strings), checked by the service. */
public record AuditSearch(String actor, String action, String object, String from, String to, Integer page,
        Integer size) {
}
