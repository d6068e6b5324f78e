package org.saphan.interfaces.rest.booking;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Map;
import org.saphan.application.BookingService;
import org.saphan.application.BookingService.Created;
import org.saphan.application.booking.BookingInput;

@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingService bookings;

    @Context
    UriInfo uri;

    /** Retries with the same Idempotency-Key and body answer the same booking, with the same status. */
    @POST
    public Response create(BookingInput input, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Created created = bookings.create(input, idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path((String) created.booking().get("reference")).build())
                .entity(created.booking())
                .build();
    }

    @GET
    public List<Map<String, Object>> list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return bookings.list(status, from, to);
    }

    @GET
    @Path("/{reference}")
    public Map<String, Object> get(@PathParam("reference") String reference) {
        return bookings.get(reference);
    }

    @POST
    @Path("/{reference}/cancel")
    public Map<String, Object> cancel(@PathParam("reference") String reference, ReasonInput body) {
        return bookings.cancel(reference, body == null ? null : body.reason());
    }

    @GET
    @Path("/{reference}/candidates")
    public Map<String, Object> candidates(@PathParam("reference") String reference) {
        return bookings.candidates(reference);
    }

    @POST
    @Path("/{reference}/assign")
    public Map<String, Object> assign(@PathParam("reference") String reference, AssignInput body) {
        AssignInput in = body == null ? new AssignInput(null, null, null) : body;
        return bookings.assign(reference, in.interpreterId(), in.reason(), Boolean.TRUE.equals(in.override()));
    }

    public record ReasonInput(String reason) {
    }

    public record AssignInput(Long interpreterId, String reason, Boolean override) {
    }
}
