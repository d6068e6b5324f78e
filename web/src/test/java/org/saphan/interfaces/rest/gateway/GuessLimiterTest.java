package org.saphan.interfaces.rest.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Join-code tries are limited per address, and one address's tries do not use up another's. */
class GuessLimiterTest {

    @Test
    void tenTriesPerAddressThenRefused() {
        GuessLimiter limiter = new GuessLimiter();
        for (int i = 0; i < GuessLimiter.TRIES; i++) {
            assertTrue(limiter.tryAcquire("203.0.113.7"), "try " + (i + 1));
        }
        assertFalse(limiter.tryAcquire("203.0.113.7"));
        assertFalse(limiter.tryAcquire("203.0.113.7"));
        assertTrue(limiter.tryAcquire("203.0.113.8"), "another address has its own tries");
    }
}
