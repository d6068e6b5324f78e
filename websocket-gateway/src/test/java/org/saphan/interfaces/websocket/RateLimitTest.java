package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.saphan.interfaces.websocket.SessionEndpoint.RateLimit;

/** The per-connection rate: a fixed window of one second, on a clock the test moves. */
class RateLimitTest {

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final RateLimit limit = new RateLimit(3, nanos::get);

    @Test
    void theLimitPassesAndTheNextIsRefused() {
        assertTrue(limit.allow());
        assertTrue(limit.allow());
        assertTrue(limit.allow());
        assertFalse(limit.allow());
        assertFalse(limit.allow());
    }

    @Test
    void aNewSecondStartsAfresh() {
        for (int i = 0; i < 3; i++) {
            limit.allow();
        }
        nanos.addAndGet(999_999_999L);
        assertFalse(limit.allow(), "still the same second");
        nanos.addAndGet(1L);
        assertTrue(limit.allow());
        assertTrue(limit.allow());
        assertTrue(limit.allow());
        assertFalse(limit.allow());
    }

    @Test
    void theWindowRunsFromItsFirstMessageNotFromTheClocksZero() {
        // System.nanoTime() may be any value, negative too
        AtomicLong negative = new AtomicLong(-7_000_000_000L);
        RateLimit l = new RateLimit(1, negative::get);
        assertTrue(l.allow());
        assertFalse(l.allow());
        negative.addAndGet(1_000_000_000L);
        assertTrue(l.allow());
    }
}
