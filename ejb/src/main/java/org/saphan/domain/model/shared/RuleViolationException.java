package org.saphan.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * The request is well formed but a rule of the domain refuses it, for instance assigning an interpreter who breaks a
 * hard matching rule without an override. Answered with 422.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(String code, String message) {
        super(Kind.RULE_VIOLATION, code, null, message);
    }

    public RuleViolationException(String message) {
        this("rule-violation", message);
    }
}
