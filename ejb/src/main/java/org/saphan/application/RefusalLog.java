package org.saphan.application;

import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;

/**
 * Records a refused or failed request in a transaction of its own: the act's transaction has been rolled back, the
 * refusal must stay. Called by the interface layer where refusals surface (exception mappers, the error page).
 */
public interface RefusalLog {

    /**
     * @param objectId a pseudonymous id from the request, stored only if it looks like one
     * @param code the error code answered ({@code not-found}, {@code forbidden}, ...), never a message
     */
    void refused(AuditAction action, String objectType, String objectId, Outcome outcome, int status, String code);
}
