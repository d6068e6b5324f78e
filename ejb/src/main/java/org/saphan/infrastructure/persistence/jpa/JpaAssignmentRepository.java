package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.TimeWindow;

/** Assignments in the {@code assignment} table, whose unique booking reference allows one winner only. */
@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

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
    }
}
