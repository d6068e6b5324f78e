package org.saphan.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the application. Beans ask for a {@link Clock} ({@code Instant.now(clock)}) instead of reading
 * the system's time themselves, so that a test can give them another.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
