package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import org.saphan.domain.model.session.SessionRecord;
import org.saphan.domain.model.session.SessionRecordRepository;

/** Attendance in the {@code session_record} table (V5): counters and times only, never content. */
@ApplicationScoped
public class JpaSessionRecordRepository implements SessionRecordRepository {

    static final String INSERT = "INSERT INTO session_record (booking_reference, participant, participant_role, "
            + "subject, joined_at, left_at, duration_seconds, bytes_in, bytes_out, messages_in, close_code) "
            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public void add(SessionRecord r) {
        em.createNativeQuery(INSERT)
                .setParameter(1, r.booking().value())
                .setParameter(2, r.participant())
                .setParameter(3, r.role())
                .setParameter(4, r.subject())
                .setParameter(5, Timestamp.from(r.joinedAt()))
                .setParameter(6, Timestamp.from(r.leftAt()))
                .setParameter(7, r.stayed().toSeconds())
                .setParameter(8, r.bytesIn())
                .setParameter(9, r.bytesOut())
                .setParameter(10, r.messagesIn())
                .setParameter(11, r.closeCode())
                .executeUpdate();
    }
}
