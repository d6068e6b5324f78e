package org.saphan.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saphan.application.OverrideReviewService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.shared.NotFoundException;

@Stateless
@RolesAllowed(Caller.COORDINATOR)
public class OverrideReviewServiceBean implements OverrideReviewService {

    private static final int MAX_LISTED = 500;

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @Override
    public List<Map<String, Object>> list(boolean pending) {
        List<Assignment> found = em.createQuery("SELECT a FROM Assignment a WHERE a.overrideUsed = TRUE"
                + (pending ? " AND a.overrideReviewedAt IS NULL" : "") + " ORDER BY a.assignedAt DESC",
                Assignment.class)
                .setMaxResults(MAX_LISTED)
                .getResultList();
        List<Map<String, Object>> views = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Assignment a : found) {
            views.add(view(a));
            shown.add(a.booking().value());
        }
        audit.recordList(AuditAction.OVERRIDE_LIST, "booking", shown);
        return views;
    }

    @Override
    public Map<String, Object> review(String reference, String note) {
        BookingReference ref = BookingReference.tryParse(reference)
                .orElseThrow(() -> CallerScope.notFound(String.valueOf(reference)));
        Assignment assignment = em.createQuery("SELECT a FROM Assignment a WHERE a.booking = :booking",
                Assignment.class)
                .setParameter("booking", ref)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("override on booking", ref.value()));
        assignment.reviewOverride(scope.caller().subject(), note, Instant.now());
        audit.record(AuditAction.OVERRIDE_REVIEW, "booking", ref.value(), assignment.overrideReviewNote().orElse(null));
        return view(assignment);
    }

    private static Map<String, Object> view(Assignment a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", a.booking().value());
        view.put("interpreterId", a.interpreter().value());
        a.overrideRule().ifPresent(r -> view.put("rule", r));
        a.reason().ifPresent(r -> view.put("reason", r));
        view.put("assignedBy", a.assignedBy());
        view.put("assignedAt", a.assignedAt().toString());
        view.put("released", !a.isActive());
        a.overrideReviewedBy().ifPresent(r -> view.put("reviewedBy", r));
        a.overrideReviewedAt().ifPresent(r -> view.put("reviewedAt", r.toString()));
        a.overrideReviewNote().ifPresent(r -> view.put("reviewNote", r));
        return view;
    }
}
