package org.saphan.application.audit;

import java.util.Arrays;
import java.util.List;
import org.saphan.domain.model.audit.AuditEntry;

/** One entry as coordinators read it (JSON and CSV alike). */
public record AuditEntryView(long sequence, String occurredAt, String actorSubject, String actorUsername,
        String actorRole, String actorAgency, String action, String objectType, String objectId, List<String> objects,
        String outcome, String reason, String requestId, String previousHash, String hash) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.sequence(), e.occurredAt().toString(), e.actorSubject(), e.actorUsername(),
                e.actorRole(), e.actorAgency(), e.action(), e.objectType(), e.objectId(),
                e.objectIds() == null ? List.of() : Arrays.asList(e.objectIds().split(",")), e.outcome(), e.reason(),
                e.requestId(), e.previousHash(), e.hash());
    }
}
