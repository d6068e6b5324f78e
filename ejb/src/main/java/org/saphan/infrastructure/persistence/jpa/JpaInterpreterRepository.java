package org.saphan.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterFilter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.shared.ConflictException;

/**
 * The interpreter pool in the {@code interpreter} tables. Queries are JPQL constants here rather than named queries on
 * the entity, so that the domain model carries no persistence queries; each is named after what it asks.
 */
@ApplicationScoped
public class JpaInterpreterRepository implements InterpreterRepository {

    static final String FIND_BY_USERNAME = "SELECT i FROM Interpreter i WHERE i.username = :username";

    /** The pool, filtered by the clauses that {@link #where(InterpreterFilter)} adds. */
    static final String FIND_ALL = "SELECT i FROM Interpreter i";

    /** Speaks the language at any level; a subquery, so that fetching {@code i.languages} later is not cut down. */
    static final String SPEAKS = "i.id IN (SELECT j.id FROM Interpreter j JOIN j.languages l"
            + " WHERE l.language = :language)";

    static final String HAS_STATUS = "i.status = :status";

    /**
     * The element collections a view reads. A list loads each with one fetch join over the same filter, instead of
     * one query per interpreter per collection: 8 queries for the whole list rather than 7 for every interpreter.
     */
    static final List<String> COLLECTIONS = List.of("languages", "specialisations", "provinces", "trainings",
            "conflicts", "weeklyWindows", "absences");

    /** The unique constraint on the username in the schema (V1). */
    static final String USERNAME_CONSTRAINT = "uq_interpreter_username";

    /**
     * Set in a transaction that changed an interpreter: the candidate pool then reads that transaction's pool from
     * the database, not from the shared {@link ProfileCache}, which must hold only what is committed.
     */
    static final String POOL_CHANGED_HERE = "org.saphan.poolChangedHere";

    static final String RAISE_GENERATION = "UPDATE coverage_pool_state SET generation = generation + 1 WHERE id = 1";

    static final String MARK_CHANGED = "UPDATE interpreter SET pool_generation = ?1 WHERE id = ?2";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public Optional<Interpreter> find(InterpreterId id) {
        return Optional.ofNullable(em.find(Interpreter.class, id.value()));
    }

    @Override
    public Optional<Interpreter> findForUpdate(InterpreterId id) {
        return Optional.ofNullable(em.find(Interpreter.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Interpreter> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(FIND_BY_USERNAME, Interpreter.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Interpreter> findAll(InterpreterFilter filter) {
        String where = where(filter);
        List<Interpreter> found = bind(em.createQuery(FIND_ALL + where + " ORDER BY i.id", Interpreter.class), filter)
                .getResultList();
        if (!found.isEmpty()) {
            for (String collection : COLLECTIONS) {
                // the results are the entities already loaded; the point is that their collection is now filled
                bind(em.createQuery("SELECT DISTINCT i FROM Interpreter i LEFT JOIN FETCH i." + collection + where,
                        Interpreter.class), filter).getResultList();
            }
        }
        return found;
    }

    @Override
    public void store(Interpreter interpreter) {
        try {
            if (!interpreter.isStored()) {
                em.persist(interpreter);
            }
            // written now rather than at commit, so that a taken username or a concurrent change comes back as a
            // conflict the caller can act on, not as a failed commit after the use case has returned
            em.flush();
            markChanged(interpreter);
        } catch (OptimisticLockException e) {
            throw new ConflictException("concurrent-change", "Someone else changed this interpreter at the same "
                    + "time: reload it and try again.");
        } catch (PersistenceException e) {
            if (violates(e, USERNAME_CONSTRAINT)) {
                throw new ConflictException("username-taken", "This username is already linked to another "
                        + "interpreter: one sign-in has one profile.");
            }
            throw e;
        }
    }

    /**
     * Every change of an interpreter (profile, status, availability, on-call switch, a new interpreter) raises the
     * pool's generation and marks the interpreter with it, in this transaction, so that every node's matcher cache
     * reads it again before its next booking ({@link ProfileCache}, V18). The coverage report's figures, which count
     * only while the generation stands still, are then counted again too. The generation's row lock is held until
     * commit: changes of interpreters commit one after another, which keeps the generations in commit order.
     */
    private void markChanged(Interpreter interpreter) {
        em.createNativeQuery(RAISE_GENERATION).executeUpdate();
        long generation = ((Number) em.createNativeQuery(ProfileCache.GENERATION).getSingleResult()).longValue();
        em.createNativeQuery(MARK_CHANGED).setParameter(1, generation).setParameter(2, interpreter.id().value())
                .executeUpdate();
        if (transactions != null) {
            transactions.putResource(POOL_CHANGED_HERE, Boolean.TRUE);
        }
    }

    static String where(InterpreterFilter filter) {
        StringBuilder where = new StringBuilder();
        filter.language().ifPresent(language -> where.append(" WHERE ").append(SPEAKS));
        filter.status().ifPresent(status -> where.append(where.isEmpty() ? " WHERE " : " AND ").append(HAS_STATUS));
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, InterpreterFilter filter) {
        filter.language().ifPresent(language -> query.setParameter("language", language));
        filter.status().ifPresent(status -> query.setParameter("status", status));
        return query;
    }

    /** Whether a unique or foreign key named {@code constraint} refused the write; H2 and MariaDB both name it. */
    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
