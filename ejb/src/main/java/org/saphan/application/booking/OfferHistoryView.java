package org.saphan.application.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** For coordinators: every offer of a booking, oldest first, with who held it and what became of it. */
@JsonbPropertyOrder({"reference", "status", "offers"})
public record OfferHistoryView(String reference, String status, List<Row> offers) {

    /** One offer; {@code answeredAt} and {@code declineReason} only when there are some. */
    @JsonbPropertyOrder({"id", "interpreter", "wave", "status", "offeredAt", "expiresAt", "answeredAt",
            "declineReason"})
    public record Row(long id, BookingView.InterpreterRef interpreter, int wave, String status, Instant offeredAt,
            Instant expiresAt, Instant answeredAt, String declineReason) {
    }
}
