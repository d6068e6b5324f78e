package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.booking.OfferStatus;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;

/** Offers in the {@code offer} table. */
@ApplicationScoped
public class JpaOfferRepository implements OfferRepository {

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public Optional<Offer> find(OfferId id) {
        return Optional.ofNullable(em.find(Offer.class, id.value()));
    }

    @Override
    public Optional<Offer> findCurrent(OfferId id) {
        Offer offer = em.find(Offer.class, id.value());
        if (offer != null) {
            em.refresh(offer);
        }
        return Optional.ofNullable(offer);
    }

    @Override
    public Optional<Offer> findCurrentForUpdate(OfferId id) {
        Offer offer = em.find(Offer.class, id.value());
        if (offer != null) {
            em.refresh(offer, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(offer);
    }

    @Override
    public List<Offer> findByBooking(BookingReference booking) {
        return em.createQuery("SELECT o FROM Offer o WHERE o.booking = :booking ORDER BY o.wave, o.id", Offer.class)
                .setParameter("booking", booking)
                .getResultList();
    }

    @Override
    public List<Offer> findOpenFor(InterpreterId interpreter) {
        return em.createQuery("SELECT o FROM Offer o WHERE o.interpreter = :interpreter AND o.status = :open "
                + "ORDER BY o.expiresAt, o.id", Offer.class)
                .setParameter("interpreter", interpreter)
                .setParameter("open", OfferStatus.OPEN)
                .getResultList();
    }

    @Override
    public List<Offer> findOpenExpiredBy(Instant now) {
        return em.createQuery("SELECT o FROM Offer o WHERE o.status = :open AND o.expiresAt <= :now ORDER BY o.id",
                Offer.class)
                .setParameter("open", OfferStatus.OPEN)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<Offer> findOpenForCase(String agency, CaseCode caseCode, InterpreterId interpreter) {
        return em.createQuery("SELECT o FROM Offer o, Booking b WHERE b.reference = o.booking "
                + "AND b.requesterAgency = :agency AND b.caseCode = :code AND o.interpreter = :interpreter "
                + "AND o.status = :open", Offer.class)
                .setParameter("agency", agency)
                .setParameter("code", caseCode)
                .setParameter("interpreter", interpreter)
                .setParameter("open", OfferStatus.OPEN)
                .getResultList();
    }

    /**
     * Each offer takes its id from the server's block of ids as it is persisted, so the flush sends the whole wave
     * as one JDBC batch ({@code hibernate.jdbc.batch_size}; MariaDB's driver sends a batch of INSERTs as one bulk
     * command).
     */
    @Override
    public void storeAll(Collection<Offer> offers) {
        offers.forEach(this::store);
        em.flush();
    }

    @Override
    public void store(Offer offer) {
        if (offer.id().isEmpty()) {
            em.persist(offer);
        }
    }
}
