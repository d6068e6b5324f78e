package org.saphan.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.model.audit.Actor;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditEntry;
import org.saphan.domain.model.audit.AuditLog;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;

/**
 * What the use cases call, last in their transaction, to record what they did: the current caller as the actor, the
 * current request's id, the object by its pseudonymous id, and a reason only where a person typed one on purpose. The
 * write happens in the act's transaction; if it fails, the act fails.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditLog log;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RequestContext request;

    /** For CDI only. */
    protected AuditTrail() {
    }

    /** Outside a container: a log and a caller of the test's own. */
    public AuditTrail(AuditLog log, CurrentCaller currentCaller) {
        this.log = log;
        this.currentCaller = currentCaller;
    }

    /** The caller did it. */
    public AuditEntry record(AuditAction action, String objectType, Object objectId, String reason) {
        return append(AuditRecord.of(actor(), action, objectType, objectId, Outcome.ALLOWED, reason, requestId()));
    }

    /** The caller saw a list: one entry naming every object it showed. */
    public AuditEntry recordList(AuditAction action, String objectType, List<String> objectIds) {
        return append(new AuditRecord(actor(), action, objectType, null, objectIds, Outcome.ALLOWED, null,
                requestId()));
    }

    /** Saphan did it (an offer sent as a consequence, the clock, the retention job). */
    public AuditEntry recordBySystem(AuditAction action, String objectType, Object objectId, String reason) {
        return append(AuditRecord.of(Actor.SYSTEM, action, objectType, objectId, Outcome.ALLOWED, reason,
                requestId()));
    }

    public AuditEntry append(AuditRecord record) {
        return log.append(record);
    }

    /** The current caller as an actor; anonymous when nobody is signed in. */
    public Actor actor() {
        Optional<Caller> caller;
        try {
            caller = currentCaller.get();
        } catch (ContextNotActiveException e) {
            caller = Optional.empty(); // a timer: no request, no caller
        }
        return caller.map(AuditTrail::actorOf).orElse(Actor.ANONYMOUS);
    }

    public static Actor actorOf(Caller caller) {
        return new Actor(caller.subject(), caller.username(), String.join(",", new TreeSet<>(caller.roles())),
                caller.agency().orElse(null));
    }

    /** The current request's id; none in a timer. */
    public String requestId() {
        if (request == null) {
            return null;
        }
        try {
            return request.requestId();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
