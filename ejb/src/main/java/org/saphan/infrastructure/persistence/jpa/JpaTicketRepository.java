package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.session.Channel;
import org.saphan.domain.model.session.IssuedTicket;
import org.saphan.domain.model.session.TicketRepository;

/** Tickets in the {@code gateway_ticket} table (V5), by hash; spent by one conditional UPDATE. */
@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

    static final String INSERT = "INSERT INTO gateway_ticket (ticket_hash, channel, booking_reference, subject, "
            + "username, participant_role, agency, interpreter_id, issued_at, expires_at, identity_expires_at) "
            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

    /** Unused and unexpired, or nothing: the row count says whether this caller spent it. */
    static final String SPEND = "UPDATE gateway_ticket SET used_at = ?1 WHERE ticket_hash = ?2 "
            + "AND used_at IS NULL AND expires_at > ?1";

    /** The columns in the order {@link #ticket} reads them. */
    static final String FIND = "SELECT channel, booking_reference, subject, username, participant_role, agency, "
            + "interpreter_id, issued_at, expires_at, identity_expires_at FROM gateway_ticket WHERE ticket_hash = ?1";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public void store(IssuedTicket t) {
        em.createNativeQuery(INSERT)
                .setParameter(1, t.hash())
                .setParameter(2, t.channel().name())
                .setParameter(3, t.booking() == null ? null : t.booking().value())
                .setParameter(4, t.subject())
                .setParameter(5, t.username())
                .setParameter(6, t.role())
                .setParameter(7, t.agency())
                .setParameter(8, t.interpreter() == null ? null : t.interpreter().value())
                .setParameter(9, Timestamp.from(t.issuedAt()))
                .setParameter(10, Timestamp.from(t.expiresAt()))
                .setParameter(11, Timestamp.from(t.identityExpiresAt()))
                .executeUpdate();
    }

    @Override
    public Optional<IssuedTicket> redeem(String hash, Instant now) {
        int spent = em.createNativeQuery(SPEND)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, hash)
                .executeUpdate();
        if (spent != 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery(FIND).setParameter(1, hash).getSingleResult();
        return Optional.of(ticket(hash, row));
    }

    /** A row of {@link #FIND}, column by column. */
    static IssuedTicket ticket(String hash, Object[] row) {
        String booking = (String) row[1];
        Number interpreter = (Number) row[6];
        return new IssuedTicket(hash, Channel.valueOf((String) row[0]),
                booking == null ? null : BookingReference.parse(booking), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5],
                interpreter == null ? null : InterpreterId.of(interpreter.longValue()),
                Columns.instant(row[7]), Columns.instant(row[8]), Columns.instant(row[9]));
    }
}
