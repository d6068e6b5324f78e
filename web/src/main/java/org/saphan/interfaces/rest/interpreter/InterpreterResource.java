package org.saphan.interfaces.rest.interpreter;

import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.saphan.application.InterpreterService;
import org.saphan.application.interpreter.AvailabilityInput;
import org.saphan.application.interpreter.InterpreterInput;
import org.saphan.application.interpreter.InterpreterQuery;
import org.saphan.application.interpreter.InterpreterView;
import org.saphan.application.interpreter.ReasonInput;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * {@code /api/interpreters}: the pool, for coordinators; an interpreter may read its own profile and set its own
 * availability. Who may do what is decided by the service, which answers 404 for someone else's profile.
 */
@Path("/interpreters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterpreterResource {

    @Inject
    InterpreterService interpreters;

    /** 201 with the new profile (its {@code id} included) and its address in {@code Location}. */
    @POST
    @Audited(value = AuditAction.INTERPRETER_CREATE, object = "interpreter")
    public Response create(InterpreterInput profile, @Context UriInfo uri) {
        InterpreterView created = interpreters.create(profile);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Audited(value = AuditAction.INTERPRETER_LIST, object = "interpreter")
    public List<InterpreterView> list(@QueryParam("language") String language, @QueryParam("status") String status) {
        return interpreters.list(new InterpreterQuery(language, status));
    }

    @GET
    @Path("/{id}")
    @Audited(value = AuditAction.INTERPRETER_READ, object = "interpreter", idParameter = "id")
    public InterpreterView find(@PathParam("id") String id) {
        return interpreters.find(InterpreterId.parse(id));
    }

    @PUT
    @Path("/{id}")
    @Audited(value = AuditAction.INTERPRETER_UPDATE, object = "interpreter", idParameter = "id")
    public InterpreterView replace(@PathParam("id") String id, InterpreterInput profile) {
        return interpreters.replaceProfile(InterpreterId.parse(id), profile);
    }

    @POST
    @Path("/{id}/suspend")
    @Audited(value = AuditAction.INTERPRETER_SUSPEND, object = "interpreter", idParameter = "id")
    public InterpreterView suspend(@PathParam("id") String id, ReasonInput reason) {
        return interpreters.suspend(InterpreterId.parse(id), reason);
    }

    @POST
    @Path("/{id}/reinstate")
    @Audited(value = AuditAction.INTERPRETER_REINSTATE, object = "interpreter", idParameter = "id")
    public InterpreterView reinstate(@PathParam("id") String id, ReasonInput reason) {
        return interpreters.reinstate(InterpreterId.parse(id), reason);
    }

    @PUT
    @Path("/{id}/availability")
    @Audited(value = AuditAction.INTERPRETER_AVAILABILITY, object = "interpreter", idParameter = "id")
    public InterpreterView replaceAvailability(@PathParam("id") String id, AvailabilityInput availability) {
        return interpreters.replaceAvailability(InterpreterId.parse(id), availability);
    }
}
