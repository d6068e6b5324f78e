package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingFilter;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.shared.CaseCode;

/** Bookings in the {@code booking} table. */
@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public Optional<Booking> find(BookingReference reference) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.reference = :reference", Booking.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Booking> findForUpdate(BookingReference reference) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.reference = :reference", Booking.class)
                .setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Booking> findAll(BookingFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT b FROM Booking b WHERE 1 = 1");
        filter.agency().ifPresent(a -> jpql.append(" AND b.requesterAgency = :agency"));
        filter.interpreter().ifPresent(i -> jpql.append(" AND b.interpreter = :interpreter"));
        filter.status().ifPresent(s -> jpql.append(" AND b.status = :status"));
        filter.from().ifPresent(f -> jpql.append(" AND b.startsAt >= :from"));
        filter.to().ifPresent(t -> jpql.append(" AND b.startsAt < :to"));
        jpql.append(" ORDER BY b.startsAt, b.id");
        TypedQuery<Booking> q = em.createQuery(jpql.toString(), Booking.class);
        filter.agency().ifPresent(a -> q.setParameter("agency", a));
        filter.interpreter().ifPresent(i -> q.setParameter("interpreter", i));
        filter.status().ifPresent(s -> q.setParameter("status", s));
        filter.from().ifPresent(f -> q.setParameter("from", f));
        filter.to().ifPresent(t -> q.setParameter("to", t));
        return q.setMaxResults(500).getResultList();
    }

    @Override
    public List<Booking> findUnfilledBy(Instant now) {
        List<Booking> open = em.createQuery("SELECT b FROM Booking b WHERE b.status IN :open ORDER BY b.startsAt",
                Booking.class)
                .setParameter("open", List.of(BookingStatus.OPEN, BookingStatus.OFFERED))
                .getResultList();
        List<Booking> due = new ArrayList<>();
        for (Booking b : open) {
            if (b.isPastFillDeadline(now)) {
                due.add(b);
            }
        }
        return due;
    }

    @Override
    public List<BookingReference> findSeeking() {
        return em.createQuery("SELECT b.reference FROM Booking b WHERE b.status IN :open ORDER BY b.startsAt",
                BookingReference.class)
                .setParameter("open", List.of(BookingStatus.OPEN, BookingStatus.OFFERED))
                .getResultList();
    }

    @Override
    public List<BookingReference> findUnendedStartedBefore(Instant startedBefore) {
        return em.createQuery("SELECT b.reference FROM Booking b WHERE b.status IN :unended "
                + "AND b.startsAt < :before ORDER BY b.startsAt", BookingReference.class)
                .setParameter("unended", List.of(BookingStatus.ASSIGNED, BookingStatus.IN_PROGRESS))
                .setParameter("before", startedBefore)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public List<Booking> findFinishedNotPseudonymisedBefore(Instant cutoff, int limit) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.pseudonymisedAt IS NULL "
                + "AND b.startsAt < :cutoff AND b.status IN :finished ORDER BY b.startsAt", Booking.class)
                .setParameter("cutoff", cutoff)
                .setParameter("finished", List.of(BookingStatus.COMPLETED, BookingStatus.CANCELLED,
                        BookingStatus.NO_SHOW, BookingStatus.ENDED_UNCONFIRMED, BookingStatus.UNFILLED))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<String> agenciesUsingCaseCode(CaseCode caseCode) {
        return em.createQuery("SELECT DISTINCT b.requesterAgency FROM Booking b WHERE b.caseCode = :code "
                + "ORDER BY b.requesterAgency", String.class)
                .setParameter("code", caseCode)
                .getResultList();
    }

    @Override
    public BookingReference nextReference(int year) {
        Number n = (Number) em.createNativeQuery("SELECT NEXT VALUE FOR booking_reference_seq").getSingleResult();
        return BookingReference.of(year, n.longValue());
    }

    @Override
    public void store(Booking booking) {
        if (booking.id().isEmpty()) {
            em.persist(booking);
            em.flush();
        }
    }
}
