package org.saphan.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Which refusals of callers without a valid token become entries of the confidentiality log. Anyone can send such
 * requests, and each entry takes the chain's head lock and stays forever, so they are folded:
 * <ul>
 * <li>a refusal is <em>repeated</em> when the same address gets the same refusal ({@code no-token} or
 * {@code invalid-token}) for the same method and path within one window ({@link #window}, 60 s by default): the first
 * is written at once, the repeats are counted and written as one entry with their count when the window closes;</li>
 * <li>one address has at most {@link #MAX_KEYS_PER_ADDRESS} such windows open; beyond that its refusals fold into one
 * window of that address for any path;</li>
 * <li>at most {@link #MAX_WINDOWS} windows are open at all; beyond that, refusals from further addresses fold into one
 * window for all of them.</li>
 * </ul>
 * So a flood from one address writes at most a few entries a minute, and from any number of addresses a bounded
 * number, while every refusal is still counted in the log. Not thread-safe: the caller synchronises.
 */
final class RefusalFolding {

    static final int MAX_KEYS_PER_ADDRESS = 20;
    static final int MAX_WINDOWS = 200;
    static final String ANY_PATH = "*";
    static final String ANY_ADDRESS = "*";

    /** What is folded together. */
    record Key(String address, String code, String request) {
    }

    /** A window that closed with repeats: one entry with their count. */
    record Folded(Key key, long repeats, Instant since) {
    }

    private static final class Window {
        final Instant opened;
        long repeats;

        Window(Instant opened) {
            this.opened = opened;
        }
    }

    private final Duration window;
    private final Map<Key, Window> open = new HashMap<>();
    private final Map<String, Integer> keysPerAddress = new HashMap<>();

    RefusalFolding(Duration window) {
        this.window = window;
    }

    Duration window() {
        return window;
    }

    /**
     * A refusal happened.
     *
     * @return true when it is to be written now; false when it was counted as a repeat
     */
    boolean refused(String address, String code, String request, Instant now) {
        Key key = new Key(address, code, request);
        Window w = open.get(key);
        if (w == null) {
            int perAddress = keysPerAddress.getOrDefault(address, 0);
            if (perAddress >= MAX_KEYS_PER_ADDRESS) {
                key = new Key(address, code, ANY_PATH);
            } else if (open.size() >= MAX_WINDOWS) {
                key = new Key(ANY_ADDRESS, code, ANY_PATH);
            }
            w = open.get(key);
        }
        if (w != null) {
            w.repeats++;
            return false;
        }
        open.put(key, new Window(now));
        if (!key.address().equals(ANY_ADDRESS)) {
            keysPerAddress.merge(address, 1, Integer::sum);
        }
        return true;
    }

    /** Closes the windows older than the window length; returns those that counted repeats. */
    List<Folded> close(Instant now) {
        List<Folded> folded = new ArrayList<>();
        for (Iterator<Map.Entry<Key, Window>> it = open.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, Window> e = it.next();
            if (!e.getValue().opened.plus(window).isAfter(now)) {
                it.remove();
                Key key = e.getKey();
                if (!key.address().equals(ANY_ADDRESS)) {
                    keysPerAddress.computeIfPresent(key.address(), (a, n) -> n <= 1 ? null : n - 1);
                }
                if (e.getValue().repeats > 0) {
                    folded.add(new Folded(key, e.getValue().repeats, e.getValue().opened));
                }
            }
        }
        return folded;
    }

    int openWindows() {
        return open.size();
    }
}
