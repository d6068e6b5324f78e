package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.audit.AuditEntry;
import org.saphan.domain.model.audit.AuditHead;
import org.saphan.domain.model.audit.AuditLog;
import org.saphan.domain.model.audit.AuditQuery;
import org.saphan.domain.model.audit.AuditRecord;

/**
 * The log in {@code audit_entry}, its head in {@code audit_head}. An append locks the head's row (SELECT ... FOR
 * UPDATE) until the act's transaction ends: entries take their places one after another, on every server, and commit
 * in that order. Callers append last in their transaction, after their own row locks, so the head is always the last
 * lock taken and no two transactions can wait on each other through it.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(TxType.MANDATORY)
    public AuditEntry append(AuditRecord record) {
        // the act's own rows first (a wave's offers, its expiries, withdrawals): written before the head is locked,
        // so that the lock every audited act waits on is held only for the entry itself and the commit
        em.flush();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("the audit head row is missing: the log cannot be written");
        }
        AuditEntry entry = head.append(record, Instant.now(clock));
        em.persist(entry);
        // written now, inside the act: a failure here fails the act, never a commit that lost its entry
        em.flush();
        return entry;
    }

    @Override
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        TypedQuery<AuditEntry> q = em.createQuery("SELECT e FROM AuditEntry e" + where(query)
                + " ORDER BY e.sequence DESC", AuditEntry.class);
        bind(q, query);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    @Override
    public List<AuditEntry> range(long after, long upTo, int limit) {
        List<AuditEntry> page = em.createNamedQuery("AuditEntry.range", AuditEntry.class)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setMaxResults(limit)
                .getResultList();
        // forgotten at once: a walk over a million entries keeps one page at a time, and nothing else of the
        // caller's persistence context is touched
        page.forEach(em::detach);
        return page;
    }

    @Override
    public Optional<AuditHead> head() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head != null && em.contains(head)) {
            // a snapshot, not a managed row: a later read, or the locked read of an append in the same transaction,
            // goes to the database again instead of getting this one back as it was
            em.detach(head);
        }
        return Optional.ofNullable(head);
    }

    private static String where(AuditQuery query) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (query.actor() != null) {
            w.append(" AND (e.actorSubject = :actor OR e.actorUsername = :actor)");
        }
        if (query.action() != null) {
            w.append(" AND e.action = :action");
        }
        if (query.object() != null) {
            // a list's references are comma-separated: match one whole reference
            w.append(" AND (e.objectId = :object OR CONCAT(',', e.objectIds, ',') LIKE :objectInList)");
        }
        if (query.from() != null) {
            w.append(" AND e.occurredAt >= :from");
        }
        if (query.to() != null) {
            w.append(" AND e.occurredAt < :to");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, AuditQuery query) {
        if (query.actor() != null) {
            q.setParameter("actor", query.actor());
        }
        if (query.action() != null) {
            q.setParameter("action", query.action().name());
        }
        if (query.object() != null) {
            q.setParameter("object", query.object());
            q.setParameter("objectInList", "%," + query.object().replace("%", "").replace("_", "\\_") + ",%");
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
    }
}
