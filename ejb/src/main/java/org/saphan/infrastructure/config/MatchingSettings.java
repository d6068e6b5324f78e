package org.saphan.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saphan.application.booking.MatchingPolicy;

/**
 * How matching and offers behave, from configuration (environment variables such as
 * {@code SAPHAN_MATCHING_TRAVEL_BUFFER_MINUTES}): the travel buffer between on-site jobs, how many interpreters one
 * wave of offers reaches, and how long they have to answer before the next wave.
 */
@ApplicationScoped
public class MatchingSettings implements MatchingPolicy {

    @Inject
    @ConfigProperty(name = "saphan.matching.travel-buffer-minutes", defaultValue = "60")
    int travelBufferMinutes;

    @Inject
    @ConfigProperty(name = "saphan.offers.wave-size", defaultValue = "3")
    int waveSize;

    @Inject
    @ConfigProperty(name = "saphan.offers.timeout-minutes", defaultValue = "15")
    int offerTimeoutMinutes;

    @Override
    public Duration travelBuffer() {
        return Duration.ofMinutes(Math.max(0, travelBufferMinutes));
    }

    @Override
    public int waveSize() {
        return Math.max(1, waveSize);
    }

    @Override
    public Duration offerTimeout() {
        return Duration.ofMinutes(Math.max(1, offerTimeoutMinutes));
    }
}
