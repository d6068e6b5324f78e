package org.saphan.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.saphan.application.ReportService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.report.CoverageView;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.report.CoverageFigures;
import org.saphan.domain.model.report.CoverageReport;
import org.saphan.domain.model.report.ReportPeriod;
import org.saphan.domain.model.shared.Bangkok;

@Stateless
public class ReportServiceBean implements ReportService {

    @Inject
    CoverageFigures figures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed(Caller.COORDINATOR)
    public CoverageView coverage(String from, String to) {
        Instant now = clock.instant();
        ReportPeriod period = ReportPeriod.parse(from, to, now);
        CoverageReport report = figures.coverage(period, Bangkok.dateOf(now), VETTING_HORIZON_DAYS);
        // the report names no booking or person: the entry says which period was read
        audit.record(AuditAction.REPORT_COVERAGE, "report", null, "from=" + period.from() + " to=" + period.to());
        return CoverageView.of(report);
    }
}
