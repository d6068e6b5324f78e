package org.saphan.application.booking;

import java.util.List;

/**
 * A booking request as the API receives it, before any checking: text and numbers as sent. The service turns it
 * into the domain's {@code BookingRequest}, with a message per field for what is wrong.
 */
public record BookingInput(String purpose, String mode, String urgency, String start, Integer durationMinutes,
        String language, String otherLanguage, String province, String place, GenderInput interpreterGender,
        String specialisation, Boolean personIsMinor, String caseCode, String noteForInterpreter,
        String requesterContact, List<PartyInput> parties) {

    public record GenderInput(String value, Boolean required) {
    }

    public record PartyInput(String kind, String value) {
    }
}
