package org.saphan.interfaces.rest.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@value #TRIES} join-code tries per address per window: a 50-bit code cannot be found by guessing at that
 * pace. Held in memory per server; a cluster multiplies the pace by its size, which the code's length absorbs.
 */
@ApplicationScoped
public class GuessLimiter {

    static final int TRIES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 100_000;

    private record Window(long startNanos, int count) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public boolean tryAcquire(String address) {
        long now = System.nanoTime();
        if (windows.size() > MAX_ADDRESSES) {
            windows.entrySet().removeIf(e -> now - e.getValue().startNanos() > WINDOW.toNanos());
        }
        Window w = windows.merge(address, new Window(now, 1), (old, fresh) -> now - old.startNanos() > WINDOW
                .toNanos() ? fresh : new Window(old.startNanos(), old.count() + 1));
        return w.count() <= TRIES;
    }
}
