package org.saphan.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps an offer's withdrawal from being overtaken by the offer itself. The offer and its withdrawal may commit on
 * different nodes, or on different threads of one node, and their notices then race to the phone; total order on
 * the wire would not help, since each is sent only after its own commit. Instead every node remembers the offers it
 * heard withdrawn, for far longer than a notice can be late, and drops an offer that arrives after its withdrawal.
 * Check and push happen under one lock per offer, so a withdrawal cannot slip between them.
 */
@ApplicationScoped
public class OfferOrder {

    /** Far longer than any notice takes between two nodes; a withdrawn offer is remembered this long. */
    static final Duration MEMORY = Duration.ofHours(1);
    /** Withdrawals remembered at most: about a day of a busy programme's offers, a few megabytes. */
    static final int MAX_REMEMBERED = 200_000;

    private final Map<Long, Long> withdrawnAt = new LinkedHashMap<>();
    private final Object[] locks = new Object[64];

    public OfferOrder() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Pushes the offer unless it was withdrawn already.
     *
     * @return whether it was pushed
     */
    public boolean offer(long offerId, Runnable push) {
        synchronized (lock(offerId)) {
            if (withdrawn(offerId)) {
                return false;
            }
            push.run();
            return true;
        }
    }

    /** Remembers the withdrawal and pushes it. */
    public void withdrawal(long offerId, Runnable push) {
        synchronized (lock(offerId)) {
            remember(offerId);
            push.run();
        }
    }

    private Object lock(long offerId) {
        return locks[(int) Math.floorMod(offerId, (long) locks.length)];
    }

    private boolean withdrawn(long offerId) {
        synchronized (withdrawnAt) {
            return withdrawnAt.containsKey(offerId);
        }
    }

    private void remember(long offerId) {
        long now = System.nanoTime();
        synchronized (withdrawnAt) {
            withdrawnAt.put(offerId, now);
            Iterator<Long> oldest = withdrawnAt.values().iterator();
            while (oldest.hasNext()) {
                long at = oldest.next();
                if (withdrawnAt.size() <= MAX_REMEMBERED && now - at < MEMORY.toNanos()) {
                    break;
                }
                oldest.remove();
            }
        }
    }
}
