package org.saphan.application.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the current request, set once by the interface layer from the verified token, read by the
 * application services. The container has already refused requests without a valid token where one is needed.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public void set(Caller caller) {
        if (this.caller != null && !this.caller.equals(caller)) {
            throw new IllegalStateException("the caller of a request cannot change");
        }
        this.caller = caller;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    public Caller require() {
        return get().orElseThrow(() -> new NotAuthenticatedException("This needs a signed-in user."));
    }
}
