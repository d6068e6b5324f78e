package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.TimeWindow;

/** Assignments in the {@code assignment} table, whose unique booking reference allows one winner only. */
@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    private static final Logger LOG = Logger.getLogger(JpaAssignmentRepository.class.getName());
    /** The one-winner rule: one assignment per booking reference (V2). */
    static final String ONE_PER_BOOKING = "uq_assignment_booking";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public Optional<Assignment> findByBooking(BookingReference booking) {
        return em.createQuery("SELECT a FROM Assignment a WHERE a.booking = :booking", Assignment.class)
                .setParameter("booking", booking)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Assignment> findByBookingForUpdate(BookingReference booking) {
        return em.createQuery("SELECT a FROM Assignment a WHERE a.booking = :booking", Assignment.class)
                .setParameter("booking", booking)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Assignment> findOverrides(boolean pendingOnly, int limit) {
        return em.createQuery("SELECT a FROM Assignment a WHERE a.overrideUsed = TRUE"
                + (pendingOnly ? " AND a.overrideReviewedAt IS NULL" : "") + " ORDER BY a.assignedAt DESC",
                Assignment.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Assignment> findActiveOverlapping(InterpreterId interpreter, TimeWindow window) {
        return em.createQuery("SELECT a FROM Assignment a WHERE a.interpreter = :interpreter "
                + "AND a.releasedAt IS NULL AND a.startsAt < :end AND COALESCE(a.endedAt, a.endsAt) > :start",
                Assignment.class)
                .setParameter("interpreter", interpreter)
                .setParameter("start", window.start())
                .setParameter("end", window.end())
                .getResultList();
    }

    @Override
    public void store(Assignment assignment) {
        em.persist(assignment);
        try {
            em.flush();
        } catch (PersistenceException e) {
            SQLException refusal = uniqueViolation(e, ONE_PER_BOOKING);
            if (refusal == null) {
                // anything else (a lock conflict, a lost connection) is not "taken" and is answered as what it is
                throw e;
            }
            LOG.info(() -> "Booking " + assignment.booking() + " already has an assignment: " + ONE_PER_BOOKING
                    + " refused this one (SQLState " + refusal.getSQLState() + ", error " + refusal.getErrorCode()
                    + ")");
            throw new ConflictException("taken", "Booking " + assignment.booking()
                    + " was taken by someone else first.");
        }
    }

    /** The database's refusal by that unique constraint (SQLState class 23, the constraint named), or null. */
    static SQLException uniqueViolation(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return sql;
            }
        }
        return null;
    }
}
