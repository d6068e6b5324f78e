package org.saphan.domain.model.shared;

/** How well an interpreter speaks a language, from the least to the most; the order is the constants' order. */
public enum Level {
    /** Good enough to interpret; the minimum Saphan books. */
    WORKING, FLUENT, NATIVE;

    public boolean isAtLeast(Level minimum) {
        return compareTo(minimum) >= 0;
    }
}
