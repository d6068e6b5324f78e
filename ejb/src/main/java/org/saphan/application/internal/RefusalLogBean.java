package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.saphan.application.RefusalLog;
import org.saphan.application.audit.AuditTrail;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.booking.OfferRepository;

@Stateless
@PermitAll // anyone may be refused: the refusal of an anonymous caller is recorded too
public class RefusalLogBean implements RefusalLog {

    @Inject
    AuditTrail trail;

    @Inject
    OfferRepository offers;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(AuditAction action, String objectType, String objectId, Outcome outcome, int status,
            String code) {
        // a refusal about an offer is also about its booking: it belongs in that booking's access history
        List<String> bookings = List.of();
        if ("offer".equals(objectType) && objectId != null && objectId.matches("0*[1-9][0-9]{0,17}")) {
            bookings = offers.find(new OfferId(Long.parseLong(objectId)))
                    .map(Offer::booking)
                    .map(b -> List.of(b.value()))
                    .orElse(List.of());
        }
        trail.append(new AuditRecord(trail.actor(), action, objectType, objectId, bookings, outcome,
                status + " " + (code == null ? "" : code), trail.requestId()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refusedRepeatedly(AuditAction action, String objectType, Outcome outcome, String what, long repeats,
            Instant since) {
        trail.append(AuditRecord.of(trail.actor(), action, objectType, null, outcome, what + " repeated " + repeats
                + " times since " + since, trail.requestId()));
    }
}
