package org.saphan.interfaces.rest.error;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saphan.application.RefusalLog;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.interfaces.rest.audit.Audited;

/**
 * Records a refused or failed call in the confidentiality log, under the action of the resource method that was
 * called ({@link Audited}); the log's own transaction, as the act's was rolled back. A call that matched no resource
 * method (an unknown address) is not an act on anything and is not recorded.
 */
public final class Refusals {

    private static final Logger LOG = Logger.getLogger("org.saphan.access");

    private Refusals() {
    }

    static void record(RefusalLog log, ResourceInfo resource, UriInfo uri, Outcome outcome, int status,
            String code) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        if (audited == null) {
            return;
        }
        String id = null;
        if (!audited.idParameter().isEmpty() && uri != null) {
            id = uri.getPathParameters().getFirst(audited.idParameter());
        }
        record(log, audited.value(), audited.object(), id, outcome, status, code);
    }

    static void record(RefusalLog log, AuditAction action, String object, String id, Outcome outcome, int status,
            String code) {
        try {
            log.refused(action, object, id, outcome, status, code);
        } catch (RuntimeException e) {
            // the refusal itself disclosed nothing; answering it stays right, but the gap must be seen
            LOG.log(Level.SEVERE, "Could not record a refusal (" + action + ", " + status + ") in the audit log: "
                    + e.getClass().getName());
        }
    }

    /**
     * The path for a log line: each segment that is not an id-like word ({@code [A-Za-z0-9._:-]}) is replaced, so
     * that a name someone typed into an address never reaches the log.
     */
    public static String safePath(String uri) {
        if (uri == null) {
            return null;
        }
        return String.join("/", java.util.Arrays.stream(uri.split("/", -1))
                .map(segment -> segment.isEmpty() ? "" : AuditRecord.safeId(segment))
                .toList());
    }

    static Outcome outcomeOf(int status) {
        return switch (status) {
            case 401, 403, 404 -> Outcome.DENIED;
            default -> status >= 500 ? Outcome.FAILED : Outcome.REJECTED;
        };
    }
}
