package org.saphan.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saphan.application.OverrideReviewService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.shared.NotFoundException;

@Stateless
@RolesAllowed(Caller.COORDINATOR)
public class OverrideReviewServiceBean implements OverrideReviewService {

    private static final int MAX_LISTED = 500;

    @Inject
    AssignmentRepository assignments;

    @Inject
    Clock clock;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @Override
    public List<Map<String, Object>> list(boolean pending) {
        List<Assignment> found = assignments.findOverrides(pending, MAX_LISTED);
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
        Assignment assignment = assignments.findByBookingForUpdate(ref)
                .orElseThrow(() -> new NotFoundException("override on booking", ref.value()));
        assignment.reviewOverride(scope.caller().subject(), note, clock.instant());
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
