package org.saphan.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.saphan.application.gateway.JoinCodeGuesses;
import org.saphan.domain.model.shared.Sha256;

/**
 * The wrong join codes per address in the shared database (table {@code guess_window}, migration V14), so every node
 * counts the same tries. The address is kept only as its SHA-256, and only while its window runs: windows that ran
 * out are deleted as new ones open. Each count is a transaction of its own, apart from the request's, so that a
 * refused code is counted although the request fails.
 */
@ApplicationScoped
public class DatabaseJoinCodeGuesses implements JoinCodeGuesses {

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failures(String address, Duration window) {
        List<?> rows = em.createNativeQuery("SELECT failures FROM guess_window WHERE address_hash = ?1 "
                + "AND started_at > ?2")
                .setParameter(1, Sha256.hex(address))
                .setParameter(2, System.currentTimeMillis() - window.toMillis())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String address, Duration window) {
        long now = System.currentTimeMillis();
        long windowStart = now - window.toMillis();
        em.createNativeQuery("DELETE FROM guess_window WHERE started_at <= ?1")
                .setParameter(1, windowStart)
                .executeUpdate();
        // one statement, so that two nodes counting the same address at once both count; a window that ran out
        // starts again at one (both CASEs read the row as it was)
        em.createNativeQuery("INSERT INTO guess_window (address_hash, started_at, failures) VALUES (?1, ?3, 1) "
                + "ON DUPLICATE KEY UPDATE failures = CASE WHEN started_at > ?2 THEN failures + 1 ELSE 1 END, "
                + "started_at = CASE WHEN started_at > ?2 THEN started_at ELSE ?3 END")
                .setParameter(1, Sha256.hex(address))
                .setParameter(2, windowStart)
                .setParameter(3, now)
                .executeUpdate();
    }
}
