package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saphan.domain.model.audit.FullWalk;
import org.saphan.domain.model.audit.FullWalks;

/**
 * Walks the whole chain in the background, on the container's asynchronous EJB threads, once the transaction that
 * began the walk has committed. It reads a page at a time, each read on its own (no transaction held for the minutes a
 * large log takes), and records its progress after each page and its result at the end, each in a transaction of its
 * own. A walk that finds the chain whole signs its head as a checkpoint, since it has just verified it.
 */
@Stateless
@PermitAll // started only by AuditServiceBean, for a coordinator
public class FullWalker {

    private static final Logger LOG = Logger.getLogger(FullWalker.class.getName());

    /** A walk was recorded and its transaction committed: it may run. */
    public record Begun(long walk) {
    }

    @Inject
    AuditChainChecks chain;

    @Inject
    FullWalks walks;

    @Inject
    Clock clock;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void walk(@Observes(during = TransactionPhase.AFTER_SUCCESS) Begun begun) {
        FullWalk walk = walks.find(begun.walk())
                .orElseThrow(() -> new IllegalStateException("walk " + begun.walk() + " was not recorded"));
        try {
            String chainId = chain.head().chainId().orElse(null);
            AuditChainChecks.Result result = chain.whole(chainId, walk.upTo(), walk.upToHash(), checked -> {
                walk.progress(checked, Instant.now(clock));
                walks.store(walk);
            });
            walk.finish(result.chain().checked(), result.valid(), result.firstInvalid().orElse(null),
                    result.problem().orElse(null), Instant.now(clock));
            walks.store(walk);
            if (result.valid() && chainId != null) {
                chain.signIfNewer(chainId, walk.upTo(), walk.upToHash(), Instant.now(clock));
            }
            LOG.info(() -> "The full walk of the audit chain up to " + walk.upTo() + " finished: "
                    + (result.valid() ? "valid" : "invalid at " + result.firstInvalid().orElse(null)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The full walk of the audit chain stopped", e);
            walk.fail("The walk stopped (" + e.getClass().getSimpleName() + "); start another.", Instant.now(clock));
            walks.store(walk);
        }
    }
}
