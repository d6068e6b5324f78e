package org.saphan.interfaces.rest.interpreter;

import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.saphan.application.InterpreterService;
import org.saphan.application.interpreter.InterpreterView;
import org.saphan.application.interpreter.OnCallInput;

/**
 * {@code PUT /api/me/on-call}: the calling interpreter switches itself on or off call for immediate requests. Beside
 * {@code /api/me} because it acts on the caller's own profile, found by its username, never by an id it sends.
 */
@Path("/me/on-call")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnCallResource {

    @Inject
    InterpreterService interpreters;

    /** 200 with the interpreter's own profile as it now stands. */
    @PUT
    @Audited(value = AuditAction.INTERPRETER_ON_CALL, object = "interpreter")
    public InterpreterView switchOnCall(OnCallInput onCall) {
        return interpreters.switchOnCall(onCall);
    }
}
