package org.saphan.interfaces.web;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saphan.application.RefusalLog;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;

/**
 * Writes the refusals of callers without a valid token to the confidentiality log as {@link RefusalFolding} decides:
 * the first of a kind at once, its repeats as one entry with their count when the window closes. The windows are
 * closed by the server's managed scheduler, so that a flood that stops is still counted.
 */
@ApplicationScoped
public class AnonymousRefusals {

    private static final Logger LOG = Logger.getLogger(AnonymousRefusals.class.getName());

    @Inject
    RefusalLog refusals;

    @Inject
    @ConfigProperty(name = "saphan.audit.fold-seconds", defaultValue = "60")
    int foldSeconds;

    @Resource
    ManagedScheduledExecutorService executor;

    private RefusalFolding folding;
    private ScheduledFuture<?> closer;

    private synchronized RefusalFolding folding() {
        if (folding == null) {
            Duration window = Duration.ofSeconds(Math.max(1, foldSeconds));
            folding = new RefusalFolding(window);
            long period = Math.max(1, window.toSeconds() / 2);
            closer = executor.scheduleWithFixedDelay(this::closeWindows, period, period, TimeUnit.SECONDS);
        }
        return folding;
    }

    @PreDestroy
    void stop() {
        if (closer != null) {
            closer.cancel(false);
        }
        closeWindows(Instant.MAX);
    }

    /**
     * A request without a valid token was refused at the container: recorded now, or counted as a repeat.
     *
     * @param request the method and the path as it may be logged (ids only)
     */
    public void refused(String address, int status, String code, String request) {
        boolean write;
        RefusalFolding f = folding();
        synchronized (this) {
            write = f.refused(address == null ? "?" : address, status + " " + code, request, Instant.now());
        }
        if (write) {
            refusals.refused(AuditAction.API_REQUEST, "api", null, Outcome.DENIED, status, code);
        }
    }

    private void closeWindows() {
        closeWindows(Instant.now());
    }

    private void closeWindows(Instant now) {
        List<RefusalFolding.Folded> folded;
        synchronized (this) {
            if (folding == null) {
                return;
            }
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
