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

    /**
     * Repeats of one refusal, folded into one entry with their count (callers without a valid token, who could
     * otherwise grow the log without bound).
     *
     * @param what the status and code, as in a single refusal's entry ({@code 401 invalid-token})
     * @param since when the first of them came
     */
    void refusedRepeatedly(AuditAction action, String objectType, Outcome outcome, String what, long repeats,
            java.time.Instant since);
}
