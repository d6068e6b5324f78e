package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.domain.model.audit.FullWalk;
import org.saphan.domain.model.audit.FullWalks;

/**
 * The walks in {@code audit_walk} (V13). The unique index on {@code running} keeps a second walk from starting while
 * one runs, even when two servers are asked at the same moment.
 */
@ApplicationScoped
public class JpaFullWalks implements FullWalks {

    private static final Logger LOG = Logger.getLogger(JpaFullWalks.class.getName());
    /** One running walk at a time (V13). */
    static final String ONE_RUNNING = "uq_audit_walk_running";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    @Transactional(TxType.MANDATORY)
    public Optional<FullWalk> begin(FullWalk walk) {
        Optional<FullWalk> running = em.createQuery("SELECT w FROM FullWalk w WHERE w.running = 1", FullWalk.class)
                .getResultStream()
                .findFirst();
        if (running.isPresent()) {
            FullWalk other = running.get();
            if (other.state(walk.startedAt()) == FullWalk.State.RUNNING) {
                return Optional.empty();
            }
            other.interrupted(walk.startedAt());
            em.flush(); // its place is free before the new walk takes it (Hibernate would insert first)
        }
        em.persist(walk);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (JpaAssignmentRepository.uniqueViolation(e, ONE_RUNNING) == null) {
                throw e;
            }
            LOG.info("Another full walk of the audit chain began at the same moment; this one is refused");
            return Optional.empty();
        }
        return Optional.of(walk);
    }

    @Override
    public Optional<FullWalk> latest() {
        return em.createQuery("SELECT w FROM FullWalk w ORDER BY w.id DESC", FullWalk.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<FullWalk> find(long id) {
        return Optional.ofNullable(em.find(FullWalk.class, id));
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void store(FullWalk walk) {
        em.merge(walk);
    }
}
