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
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pseudonymises, batch after batch, the details of bookings that started longer ago than the retention period
 * ({@code SAPHAN_RETENTION_DAYS}, 365 by default). Runs once a day by default ({@code
 * SAPHAN_RETENTION_INTERVAL_SECONDS}); the tests run it every few seconds.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionClock {

    private static final Logger LOG = Logger.getLogger(RetentionClock.class.getName());

    @EJB
    BookingRetention retention;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "saphan.retention.days", defaultValue = "365")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "saphan.retention.interval-seconds", defaultValue = "86400")
    long intervalSeconds;

    @PostConstruct
    void schedule() {
        long every = Duration.ofSeconds(Math.max(1, intervalSeconds)).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("retention", false));
    }

    @Timeout
    void run() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(Math.max(1, retentionDays)));
        try {
            while (retention.pseudonymiseOlderThan(cutoff) == BookingRetention.BATCH) {
                // more to do: each batch in its own transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention stopped early; the next run goes on", e);
        }
    }
}
