package org.saphan.application.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * An open offer as its interpreter sees it: the offer's own fields, and the booking's fields of the offer allow-list
 * ({@link BookingViews.Viewer#OFFERED_INTERPRETER}), nothing that identifies the case. Null components are left out.
 */
@JsonbPropertyOrder({"id", "status", "expiresAt", "purpose", "mode", "urgency", "start", "durationMinutes",
        "language", "otherLanguage", "province", "interpreterGender", "specialisation"})
public record OfferView(long id, String status, Instant expiresAt, String purpose, String mode, String urgency,
        Instant start, Integer durationMinutes, String language, String otherLanguage, String province,
        BookingView.GenderView interpreterGender, String specialisation) {
}
