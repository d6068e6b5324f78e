package org.saphan.interfaces.rest.booking;

import org.saphan.domain.model.audit.AuditAction;
import org.saphan.interfaces.rest.audit.Audited;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.saphan.application.OfferService;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.OfferView;
import org.saphan.interfaces.rest.booking.BookingResource.ReasonInput;

@Path("/offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    @Inject
    OfferService offers;

    @GET
    @Audited(value = AuditAction.OFFER_LIST, object = "offer")
    public List<OfferView> open() {
        return offers.myOffers();
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/accept")
    @Audited(value = AuditAction.OFFER_ACCEPT, object = "offer", idParameter = "id")
    public BookingView accept(@PathParam("id") long id) {
        return offers.accept(id);
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/decline")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Audited(value = AuditAction.OFFER_DECLINE, object = "offer", idParameter = "id")
    public Response decline(@PathParam("id") long id, ReasonInput body) {
        offers.decline(id, body == null ? null : body.reason());
        return Response.noContent().build();
    }
}
