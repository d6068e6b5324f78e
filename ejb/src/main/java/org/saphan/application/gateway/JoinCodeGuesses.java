package org.saphan.application.gateway;

import java.time.Duration;

/**
 * Wrong join codes per address, counted in windows across every node of the cluster, so that a guesser gains nothing
 * by spreading tries over the nodes behind the balancer.
 */
public interface JoinCodeGuesses {

    /** Wrong codes from this address in its current window; 0 when there is none or it ran out. */
    int failures(String address, Duration window);

    /** Counts one more wrong code from this address, in its current window or in a new one. */
    void failed(String address, Duration window);
}
