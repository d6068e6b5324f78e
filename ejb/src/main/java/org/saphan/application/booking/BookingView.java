package org.saphan.application.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * A booking as one viewer may see it, built only by {@link BookingViews} from the viewer's allow-list. A field the
 * viewer may not see, or that has no value, is null, and JSON-B leaves null components out of the answer: a role
 * never receives a field that is not on its list, not even as {@code null}.
 *
 * @param acknowledgementRequired for the assigned interpreter only: whether the confidentiality terms still wait
 * @param noInterpreterOnCall for the requester who just booked an immediate booking that nobody on call can take
 * @param offers for the staff feeds only, while the booking waits for an interpreter
 */
@JsonbPropertyOrder({"reference", "status", "statusReason", "purpose", "mode", "urgency", "start", "durationMinutes",
        "language", "otherLanguage", "province", "place", "interpreterGender", "specialisation", "personIsMinor",
        "caseCode", "noteForInterpreter", "requesterContact", "agency", "parties", "interpreter", "createdAt",
        "checkedInAt", "checkedOutAt", "confirmedAt", "absentParty", "acknowledgementRequired",
        "noInterpreterOnCall", "offers"})
public record BookingView(String reference, String status, String statusReason, String purpose, String mode,
        String urgency, Instant start, Integer durationMinutes, String language, String otherLanguage,
        String province, String place, GenderView interpreterGender, String specialisation, Boolean personIsMinor,
        String caseCode, String noteForInterpreter, String requesterContact, String agency, List<PartyView> parties,
        InterpreterRef interpreter, Instant createdAt, Instant checkedInAt, Instant checkedOutAt,
        Instant confirmedAt, String absentParty, Boolean acknowledgementRequired,
        NobodyOnCallWarning noInterpreterOnCall, OfferSummary offers) {

    @JsonbPropertyOrder({"value", "required"})
    public record GenderView(String value, boolean required) {
    }

    @JsonbPropertyOrder({"kind", "value"})
    public record PartyView(String kind, String value) {
    }

    /** Who interprets: the id, and the name for those who may see it. */
    @JsonbPropertyOrder({"id", "name"})
    public record InterpreterRef(long id, String name) {
    }

    /** Nobody qualified is on call for an immediate booking: how many are qualified but off call, and what now. */
    @JsonbPropertyOrder({"qualifiedOffCall", "message"})
    public record NobodyOnCallWarning(int qualifiedOffCall, String message) {
    }

    /** While a booking waits: how many hold an offer now, until when the last may answer, and the fill deadline. */
    @JsonbPropertyOrder({"open", "expiresAt", "fillDeadline"})
    public record OfferSummary(int open, Instant expiresAt, Instant fillDeadline) {
    }

    /** The same view, with the assigned interpreter's acknowledgement flag. */
    public BookingView withAcknowledgementRequired(boolean required) {
        return new BookingView(reference, status, statusReason, purpose, mode, urgency, start, durationMinutes,
                language, otherLanguage, province, place, interpreterGender, specialisation, personIsMinor, caseCode,
                noteForInterpreter, requesterContact, agency, parties, interpreter, createdAt, checkedInAt,
                checkedOutAt, confirmedAt, absentParty, required, noInterpreterOnCall, offers);
    }

    /** The same view, with the warning that nobody qualified is on call. */
    public BookingView withNoInterpreterOnCall(NobodyOnCallWarning warning) {
        return new BookingView(reference, status, statusReason, purpose, mode, urgency, start, durationMinutes,
                language, otherLanguage, province, place, interpreterGender, specialisation, personIsMinor, caseCode,
                noteForInterpreter, requesterContact, agency, parties, interpreter, createdAt, checkedInAt,
                checkedOutAt, confirmedAt, absentParty, acknowledgementRequired, warning, offers);
    }

    /** The same view, with the summary of its open offers for the staff feeds. */
    public BookingView withOffers(OfferSummary summary) {
        return new BookingView(reference, status, statusReason, purpose, mode, urgency, start, durationMinutes,
                language, otherLanguage, province, place, interpreterGender, specialisation, personIsMinor, caseCode,
                noteForInterpreter, requesterContact, agency, parties, interpreter, createdAt, checkedInAt,
                checkedOutAt, confirmedAt, absentParty, acknowledgementRequired, noInterpreterOnCall, summary);
    }
}
