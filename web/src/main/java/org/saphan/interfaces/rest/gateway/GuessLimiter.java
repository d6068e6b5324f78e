package org.saphan.interfaces.rest.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.saphan.application.gateway.JoinCodeGuesses;

/**
 * At most {@value #TRIES} wrong join codes per address per window: a 50-bit code cannot be found by guessing at that
 * pace. Only wrong codes count, so the guests of one police station behind one address are not turned away by each
 * other's successful joins. Counted across the cluster ({@link JoinCodeGuesses}), so that spreading tries over the
 * nodes gains nothing; behind the balancer the address is the client's, as HAProxy forwards it.
 */
@ApplicationScoped
public class GuessLimiter {

    static final int TRIES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    JoinCodeGuesses guesses;

    /** Whether this address may try a code now: fewer than {@value #TRIES} wrong ones in the current window. */
    public boolean allowed(String address) {
        return guesses.failures(address, WINDOW) < TRIES;
    }

    /** Counts a wrong (unknown, used or expired) code from this address. */
    public void failed(String address) {
        guesses.failed(address, WINDOW);
    }
}
