package org.saphan.interfaces.rest.booking;

import org.saphan.application.AttendanceService;
import org.saphan.application.AuditService;
import org.saphan.application.audit.AuditPage;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.saphan.application.BookingService;
import org.saphan.application.BookingService.Created;
import org.saphan.application.booking.BookingInput;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.CandidatesView;
import org.saphan.application.booking.OfferHistoryView;
import org.saphan.domain.model.shared.ValidationException;

@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingService bookings;

    @Inject
    AuditService audit;

    @Inject
    AttendanceService attendance;

    @Context
    UriInfo uri;

    /** Retries with the same Idempotency-Key and body answer the same booking, with the same status. */
    @POST
    @Audited(value = AuditAction.BOOKING_CREATE, object = "booking")
    public Response create(BookingInput input, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Created created = bookings.create(input, idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(created.booking().reference()).build())
                .entity(created.booking())
                .build();
    }

    @GET
    @Audited(value = AuditAction.BOOKING_LIST, object = "booking")
    public List<BookingView> list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return bookings.list(status, from, to);
    }

    @GET
    @Path("/{reference}")
    @Audited(value = AuditAction.BOOKING_READ, object = "booking", idParameter = "reference")
    public BookingView get(@PathParam("reference") String reference) {
        return bookings.get(reference);
    }

    @POST
    @Path("/{reference}/cancel")
    @Audited(value = AuditAction.BOOKING_CANCEL, object = "booking", idParameter = "reference")
    public BookingView cancel(@PathParam("reference") String reference, ReasonInput body) {
        return bookings.cancel(reference, body == null ? null : body.reason());
    }

    @GET
    @Path("/{reference}/candidates")
    @Audited(value = AuditAction.BOOKING_CANDIDATES, object = "booking", idParameter = "reference")
    public CandidatesView candidates(@PathParam("reference") String reference) {
        return bookings.candidates(reference);
    }

    /** Coordinators: who holds an offer now, who declined and when, who let it expire. */
    @GET
    @Path("/{reference}/offers")
    @Audited(value = AuditAction.BOOKING_OFFERS, object = "booking", idParameter = "reference")
    public OfferHistoryView offers(@PathParam("reference") String reference) {
        return bookings.offers(reference);
    }

    @POST
    @Path("/{reference}/assign")
    @Audited(value = AuditAction.BOOKING_ASSIGN, object = "booking", idParameter = "reference")
    public BookingView assign(@PathParam("reference") String reference, AssignInput body) {
        AssignInput in = body == null ? new AssignInput(null, null, null) : body;
        return bookings.assign(reference, in.interpreterId(), in.reason(), Boolean.TRUE.equals(in.override()));
    }

    /** The assigned interpreter acknowledges the confidentiality terms for this assignment: the details open. */
    @Audited(value = AuditAction.BOOKING_ACKNOWLEDGE, object = "booking", idParameter = "reference")
    @POST
    @Path("/{reference}/acknowledgement")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public BookingView acknowledge(@PathParam("reference") String reference) {
        return bookings.acknowledge(reference);
    }

    /** Coordinators: who saw or changed this booking, newest first. */
    @Audited(value = AuditAction.BOOKING_ACCESS_HISTORY, object = "booking", idParameter = "reference")
    @GET
    @Path("/{reference}/access-history")
    public AuditPage accessHistory(@PathParam("reference") String reference, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return audit.accessHistory(reference, page, size);
    }

    /** The assigned interpreter is there and starts: {@code {"at"}} the actual start, optional (now). */
    @POST
    @Path("/{reference}/check-in")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Audited(value = AuditAction.BOOKING_CHECK_IN, object = "booking", idParameter = "reference")
    public BookingView checkIn(@PathParam("reference") String reference, TimeInput body) {
        return attendance.checkIn(reference, TimeInput.instant(body));
    }

    /** The assigned interpreter is done: {@code {"at"}} the actual end, optional (now). */
    @POST
    @Path("/{reference}/check-out")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Audited(value = AuditAction.BOOKING_CHECK_OUT, object = "booking", idParameter = "reference")
    public BookingView checkOut(@PathParam("reference") String reference, TimeInput body) {
        return attendance.checkOut(reference, TimeInput.instant(body));
    }

    /** The requester confirms the work was done. */
    @POST
    @Path("/{reference}/confirmation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Audited(value = AuditAction.BOOKING_CONFIRM, object = "booking", idParameter = "reference")
    public BookingView confirm(@PathParam("reference") String reference) {
        return attendance.confirm(reference);
    }

    /** The other side did not come: a requester reports the interpreter, the interpreter the requester's side. */
    @POST
    @Path("/{reference}/no-show")
    @Audited(value = AuditAction.BOOKING_NO_SHOW, object = "booking", idParameter = "reference")
    public BookingView noShow(@PathParam("reference") String reference, ReasonInput body) {
        return attendance.reportNoShow(reference, body == null ? null : body.reason());
    }

    public record ReasonInput(String reason) {
    }

    /** An actual time, ISO-8601 UTC; none means now. */
    public record TimeInput(String at) {

        static Instant instant(TimeInput in) {
            if (in == null || in.at() == null || in.at().isBlank()) {
                return null;
            }
            try {
                return Instant.parse(in.at().strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException("at", "The time is an ISO-8601 instant in UTC, such as "
                        + "2026-12-01T02:00:00Z.");
            }
        }
    }

    public record AssignInput(Long interpreterId, String reason, Boolean override) {
    }
}
