package org.saphan.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saphan.domain.model.audit.AuditHead;
import org.saphan.infrastructure.audit.CheckpointStore;
import org.saphan.infrastructure.persistence.jpa.JpaAuditLog;

/**
 * Every few minutes ({@code SAPHAN_AUDIT_CHECKPOINT_SECONDS}, 300 by default), signs the chain's head and keeps it
 * apart from the database, when the head has moved since the last checkpoint. A chain rewritten consistently from
 * some entry on, or cut short, no longer matches these.
 */
@Singleton
@Startup
public class AuditCheckpointJob {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JpaAuditLog log;

    @Inject
    CheckpointStore store;

    @Inject
    @ConfigProperty(name = "saphan.audit.checkpoint-seconds", defaultValue = "300")
    long seconds;

    @PostConstruct
    void schedule() {
        long every = Math.max(5, seconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("audit-checkpoint", false));
    }

    @Timeout
    void checkpoint() {
        try {
            checkpointNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write an audit checkpoint; the next run tries again", e);
        }
    }

    /** Signs the head now, if it moved since the last checkpoint. */
    public void checkpointNow() {
        AuditHead head = log.head().orElse(null);
        if (head == null || head.chainId().isEmpty() || head.lastSequence() == 0) {
            return;
        }
        String chain = head.chainId().get();
        long last = store.last(chain).map(CheckpointStore.Checkpoint::sequence).orElse(0L);
        if (head.lastSequence() > last) {
            store.append(chain, head.lastSequence(), head.lastHash(), Instant.now());
        }
    }
}
