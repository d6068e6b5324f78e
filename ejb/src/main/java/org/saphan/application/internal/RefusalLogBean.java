package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.saphan.application.RefusalLog;
import org.saphan.application.audit.AuditTrail;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;

@Stateless
@PermitAll // anyone may be refused: the refusal of an anonymous caller is recorded too
public class RefusalLogBean implements RefusalLog {

    @Inject
    AuditTrail trail;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(AuditAction action, String objectType, String objectId, Outcome outcome, int status,
            String code) {
        trail.append(AuditRecord.of(trail.actor(), action, objectType, objectId, outcome,
                status + " " + (code == null ? "" : code), trail.requestId()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refusedRepeatedly(AuditAction action, String objectType, Outcome outcome, String what, long repeats,
            java.time.Instant since) {
        trail.append(AuditRecord.of(trail.actor(), action, objectType, null, outcome, what + " repeated " + repeats
                + " times since " + since, trail.requestId()));
    }
}
