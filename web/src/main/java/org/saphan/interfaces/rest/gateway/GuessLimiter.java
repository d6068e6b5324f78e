package org.saphan.interfaces.rest.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@value #TRIES} wrong join codes per address per window: a 50-bit code cannot be found by guessing at that
 * pace. Only wrong codes count, so the guests of one police station behind one address are not turned away by each
 * other's successful joins. Held in memory per server; a cluster multiplies the pace by its size, which the code's
 * length absorbs.
 */
@ApplicationScoped
public class GuessLimiter {

    static final int TRIES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 100_000;

    private record Window(long startNanos, int count) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Whether this address may try a code now: fewer than {@value #TRIES} wrong ones in the current window. */
    public boolean allowed(String address) {
        Window w = windows.get(address);
        return w == null || System.nanoTime() - w.startNanos() > WINDOW.toNanos() || w.count() < TRIES;
    }

    /** Counts a wrong (unknown, used or expired) code from this address. */
    public void failed(String address) {
        long now = System.nanoTime();
        if (windows.size() > MAX_ADDRESSES) {
            windows.entrySet().removeIf(e -> now - e.getValue().startNanos() > WINDOW.toNanos());
        }
        windows.merge(address, new Window(now, 1), (old, fresh) -> now - old.startNanos() > WINDOW.toNanos()
                ? fresh
                : new Window(old.startNanos(), old.count() + 1));
    }
}
