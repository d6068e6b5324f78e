package org.saphan.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.saphan.application.OverrideReviewService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.OverrideView;
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
    public List<OverrideView> list(boolean pending) {
        List<Assignment> found = assignments.findOverrides(pending, MAX_LISTED);
        List<OverrideView> views = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Assignment a : found) {
            views.add(view(a));
            shown.add(a.booking().value());
        }
        audit.recordList(AuditAction.OVERRIDE_LIST, "booking", shown);
        return views;
    }

    @Override
    public OverrideView review(String reference, String note) {
        BookingReference ref = BookingReference.tryParse(reference)
                .orElseThrow(() -> CallerScope.notFound(String.valueOf(reference)));
        Assignment assignment = assignments.findByBookingForUpdate(ref)
                .orElseThrow(() -> new NotFoundException("override on booking", ref.value()));
        assignment.reviewOverride(scope.caller().subject(), note, clock.instant());
        audit.record(AuditAction.OVERRIDE_REVIEW, "booking", ref.value(), assignment.overrideReviewNote().orElse(null));
        return view(assignment);
    }

    private static OverrideView view(Assignment a) {
        return new OverrideView(a.booking().value(), a.interpreter().value(), a.overrideRule().orElse(null),
                a.reason().orElse(null), a.assignedBy(), a.assignedAt(), !a.isActive(),
                a.overrideReviewedBy().orElse(null), a.overrideReviewedAt().orElse(null),
                a.overrideReviewNote().orElse(null));
    }
}
