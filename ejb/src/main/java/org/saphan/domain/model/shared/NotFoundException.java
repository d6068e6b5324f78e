package org.saphan.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * No such thing, or nothing the caller may know about: both answer the same (404), so that a reference of another
 * agency reveals nothing.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object identity) {
        super(Kind.NOT_FOUND, "not-found", null, "No " + what + " " + identity + ".");
    }
}
