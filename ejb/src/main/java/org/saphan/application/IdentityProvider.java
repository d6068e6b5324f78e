package org.saphan.application;

/**
 * The identity provider as the interface layers need to know it: whether it answers now. A request that carries a
 * token while it does not is told to try again (503), not that its token is bad.
 */
public interface IdentityProvider {

    /** Whether the identity provider answers; the answer may be a few seconds old. */
    boolean answers();
}
