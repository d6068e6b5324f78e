package org.saphan.interfaces.rest.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GuessLimiterTest {

    @Test
    void tenWrongCodesFromOneAddressStopItButNotOthers() {
        GuessLimiter limiter = new GuessLimiter();
        for (int i = 0; i < GuessLimiter.TRIES; i++) {
            assertTrue(limiter.allowed("10.0.0.1"), "try " + (i + 1));
            limiter.failed("10.0.0.1");
        }
        assertFalse(limiter.allowed("10.0.0.1"));
        assertTrue(limiter.allowed("10.0.0.2"));
    }

    @Test
    void successfulJoinsDoNotCount() {
        GuessLimiter limiter = new GuessLimiter();
        for (int i = 0; i < 50; i++) {
            assertTrue(limiter.allowed("10.0.0.3"), "a police station's many guests behind one address");
        }
        limiter.failed("10.0.0.3");
        assertTrue(limiter.allowed("10.0.0.3"));
    }
}
