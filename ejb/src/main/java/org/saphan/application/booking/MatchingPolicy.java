package org.saphan.application.booking;

import java.time.Duration;

/**
 * How matching and offers behave, as configured: the travel buffer between on-site jobs, how many interpreters one
 * wave of offers reaches, and how long they have to answer before the next wave.
 */
public interface MatchingPolicy {

    Duration travelBuffer();

    int waveSize();

    Duration offerTimeout();
}
