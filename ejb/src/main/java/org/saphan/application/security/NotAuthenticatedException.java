package org.saphan.application.security;

import jakarta.ejb.ApplicationException;

/** Raised when a use case needs a signed-in caller and there is none: the interface answers 401. */
@ApplicationException(rollback = true)
public class NotAuthenticatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
