package org.saphan.interfaces.rest.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saphan.application.gateway.JoinCodeGuesses;

/** The limiter's rule over its count; the count itself is the database's (ClusterIT, HardeningIT run it). */
class GuessLimiterTest {

    /** Counts as the shared table does within one window. */
    private static final class Counted implements JoinCodeGuesses {
        final Map<String, Integer> failures = new HashMap<>();
        Duration asked;

        @Override
        public int failures(String address, Duration window) {
            asked = window;
            return failures.getOrDefault(address, 0);
        }

        @Override
        public void failed(String address, Duration window) {
            failures.merge(address, 1, Integer::sum);
        }
    }

    private static GuessLimiter limiter(Counted counted) {
        GuessLimiter limiter = new GuessLimiter();
        limiter.guesses = counted;
        return limiter;
    }

    @Test
    void tenWrongCodesFromOneAddressStopItButNotOthers() {
        Counted counted = new Counted();
        GuessLimiter limiter = limiter(counted);
        for (int i = 0; i < GuessLimiter.TRIES; i++) {
            assertTrue(limiter.allowed("10.0.0.1"), "try " + (i + 1));
            limiter.failed("10.0.0.1");
        }
        assertFalse(limiter.allowed("10.0.0.1"));
        assertTrue(limiter.allowed("10.0.0.2"));
        assertEquals(GuessLimiter.WINDOW, counted.asked, "counted over ten minutes");
    }

    @Test
    void successfulJoinsDoNotCount() {
        GuessLimiter limiter = limiter(new Counted());
        for (int i = 0; i < 50; i++) {
            assertTrue(limiter.allowed("10.0.0.3"), "a police station's many guests behind one address");
        }
        limiter.failed("10.0.0.3");
        assertTrue(limiter.allowed("10.0.0.3"));
    }
}
