package org.saphan.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saphan.domain.model.audit.AuditHead;
import org.saphan.domain.model.audit.Checkpoint;
import org.saphan.domain.model.audit.Checkpoints;

/**
 * Every few minutes ({@code SAPHAN_AUDIT_CHECKPOINT_SECONDS}, 300 by default), signs the chain's head and keeps it
 * apart from the database, when the head has moved since the last checkpoint. A chain rewritten consistently from
 * some entry on, or cut short, no longer matches these. The entries since the last checkpoint are verified first, and
 * a head they do not lead to is not signed: a checkpoint vouches for the chain before it, and the verify of a request
 * starts from the last one.
 */
@Singleton
@Startup
public class AuditCheckpointJob {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AuditChainChecks chain;

    @Inject
    Checkpoints checkpoints;

    @Inject
    Clock clock;

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

    /** Signs the head now, if it moved since the last checkpoint and the entries since then verify. */
    public void checkpointNow() {
        AuditHead head = chain.head();
        if (head.chainId().isEmpty() || head.lastSequence() == 0) {
            return;
        }
        String chainId = head.chainId().get();
        long last = checkpoints.last(chainId).map(Checkpoint::sequence).orElse(0L);
        if (head.lastSequence() <= last) {
            return;
        }
        AuditChainChecks.Result checked = chain.fromLastCheckpoint();
        if (!checked.valid()) {
            LOG.severe(() -> "The audit chain does not verify from its last signed checkpoint (first invalid entry "
                    + checked.firstInvalid().orElse(null) + "); no checkpoint is signed until it does");
            return;
        }
        chain.signIfNewer(chainId, checked.headSequence(), checked.headHash(), Instant.now(clock));
    }
}
