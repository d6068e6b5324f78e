package org.saphan.domain.archfixture;

import org.saphan.application.security.Caller;

/** A second, different violation (test sources only), for the test that a frozen store still catches a new one. */
public class ApplicationLikeUse {

    public String who(Caller caller) {
        return caller.username();
    }
}
