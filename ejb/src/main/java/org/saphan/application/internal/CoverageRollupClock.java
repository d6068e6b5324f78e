package org.saphan.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saphan.application.ReportService;
import org.saphan.domain.model.shared.Bangkok;

/**
 * A few minutes after its last run ended ({@code SAPHAN_COVERAGE_ROLLUP_SECONDS}, 300 by default; the tests wait two
 * seconds), rolls up the closed days whose bookings can no longer change, a day per transaction, and counts the pool's
 * figures again when the pool changed or the day turned. Each run sets the timer for the next, so that a long first
 * run over years of bookings never overlaps the next. Every node may run it: a day is rolled up from scratch, and two
 * nodes rolling up the same day leave one of them failing on the day's key, to no harm.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CoverageRollupClock {

    private static final Logger LOG = Logger.getLogger(CoverageRollupClock.class.getName());

    /** Days rolled up in one run: the first run over years of bookings spreads over several. */
    static final int DAYS_PER_RUN = 400;

    @EJB
    CoverageRollup rollup;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "saphan.coverage.rollup-seconds", defaultValue = "300")
    long intervalSeconds;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(Duration.ofSeconds(Math.max(1, intervalSeconds)).toMillis(),
                new TimerConfig("coverage-rollup", false));
    }

    @Timeout
    void run() {
        try {
            rollUp();
        } finally {
            schedule();
        }
    }

    private void rollUp() {
        Instant now = clock.instant();
        LocalDate today = Bangkok.dateOf(now);
        try {
            List<LocalDate> due = rollup.daysToRollUp(today, DAYS_PER_RUN);
            int rolled = 0;
            for (LocalDate day : due) {
                rolled += rollup.rollUp(day, now) ? 1 : 0;
            }
            if (rolled > 0) {
                int count = rolled;
                LOG.fine(() -> "Coverage: rolled up " + count + " of " + due.size() + " closed days");
            }
            rollup.keepPool(today, ReportService.VETTING_HORIZON_DAYS);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The coverage roll-up stopped early; the next run goes on", e);
        }
    }
}
