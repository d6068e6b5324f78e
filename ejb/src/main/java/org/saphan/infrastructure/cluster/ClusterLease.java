package org.saphan.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;
import org.saphan.application.Leases;

/**
 * Leases in the shared database, for jobs that run once in the whole cluster: the offer clock ticks on one node only,
 * so N nodes do not read every seeking booking N times. The holder renews its lease on every run; a node that dies
 * stops renewing, and within one term another node takes the job over. The lease is an economy, not the guard of
 * correctness: the jobs themselves work under row locks and are idempotent, so two holders for a moment (a node
 * stalled longer than the term) still do each piece of work once.
 */
@ApplicationScoped
public class ClusterLease implements Leases {

    private static final Logger LOG = Logger.getLogger(ClusterLease.class.getName());
    /** Three ticks of the offer clock: a holder that misses two still keeps it. */
    static final Duration TERM = Duration.ofSeconds(30);

    /**
     * This node: its WildFly node name (the host name unless {@code -Djboss.node.name} says otherwise), the same after a
     * restart, so that a node that comes back takes its own lease again at once instead of waiting out its term.
     */
    private final String holder = System.getProperty("jboss.node.name", "saphan");

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    private volatile boolean held;

    /**
     * Takes or renews the lease {@code name} for one term.
     *
     * @return whether this node holds it now and should run the job
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hold(String name) {
        long now = System.currentTimeMillis();
        int updated = em.createNativeQuery("UPDATE cluster_lease SET holder = ?1, expires_at = ?2 "
                + "WHERE name = ?3 AND (holder = ?1 OR expires_at < ?4)")
                .setParameter(1, holder)
                .setParameter(2, now + TERM.toMillis())
                .setParameter(3, name)
                .setParameter(4, now)
                .executeUpdate();
        boolean holds = updated == 1;
        if (holds != held) {
            held = holds;
            LOG.info(() -> (holds ? "This node (" + holder + ") now runs " : "This node no longer runs ") + name);
        }
        return holds;
    }
}
