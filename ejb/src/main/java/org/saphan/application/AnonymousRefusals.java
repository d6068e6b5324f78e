package org.saphan.application;

/**
 * Refusals of callers without a valid token, at the container: anyone can send those, so repeats are folded into one
 * entry with their count instead of one entry each; every one of them is still counted in the log.
 */
public interface AnonymousRefusals {

    /**
     * A request without a valid token was refused at the container: recorded now, or counted as a repeat.
     *
     * @param address the caller's address (kept in memory to fold repeats, never written)
     * @param code {@code no-token} or {@code invalid-token}
     * @param request the method and the path as it may be logged (ids only)
     */
    void refused(String address, int status, String code, String request);
}
