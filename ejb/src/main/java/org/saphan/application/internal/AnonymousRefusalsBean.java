package org.saphan.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saphan.application.AnonymousRefusals;
import org.saphan.application.RefusalLog;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;

/**
 * Writes the refusals of callers without a valid token to the confidentiality log as {@link RefusalFolding} decides:
 * the first of a kind at once, its repeats as one entry with their count when the window closes (a timer closes them,
 * so that a flood that stops is still counted). When Saphan stops, the windows still open are closed and written
 * before {@link RefusalLogBean} stops ({@code @DependsOn}): no count is lost at an undeployment.
 */
@Singleton
@DependsOn("RefusalLogBean")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the folding is guarded below; writes run unlocked
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each entry is written in a transaction of its own
@PermitAll
public class AnonymousRefusalsBean implements AnonymousRefusals {

    private static final Logger LOG = Logger.getLogger(AnonymousRefusalsBean.class.getName());

    @Inject
    RefusalLog refusals;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "saphan.audit.fold-seconds", defaultValue = "60")
    int foldSeconds;

    @Resource
    TimerService timers;

    private RefusalFolding folding;

    @PostConstruct
    void start() {
        Duration window = Duration.ofSeconds(Math.max(1, foldSeconds));
        folding = new RefusalFolding(window);
        long period = Math.max(1, window.toSeconds() / 2) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig("audit-refusal-windows", false));
    }

    @PreDestroy
    void stop() {
        closeWindows(Instant.MAX);
    }

    @Override
    public void refused(String address, int status, String code, String request) {
        boolean write;
        synchronized (this) {
            write = folding.refused(address == null ? "?" : address, status + " " + code, request,
                    Instant.now(clock));
        }
        if (write) {
            refusals.refused(AuditAction.API_REQUEST, "api", null, Outcome.DENIED, status, code);
        }
    }

    @Timeout
    void closeWindows() {
        closeWindows(Instant.now(clock));
    }

    private void closeWindows(Instant now) {
        List<RefusalFolding.Folded> folded;
        synchronized (this) {
            folded = folding.close(now);
        }
        for (RefusalFolding.Folded f : folded) {
            try {
                refusals.refusedRepeatedly(AuditAction.API_REQUEST, "api", Outcome.DENIED, f.key().code(),
                        f.repeats(), f.since());
            } catch (RuntimeException e) {
                LOG.severe(() -> "Could not record " + f.repeats() + " folded refusals in the audit log: "
                        + e.getClass().getName());
            }
        }
    }
}
