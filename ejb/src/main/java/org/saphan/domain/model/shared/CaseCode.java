package org.saphan.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The pseudonymous code an agency uses for the person a booking is for, such as {@code RTP-2026-0042}. Capitals,
 * digits and dashes, with at least one digit, so that nobody can type a name there by mistake.
 */
public record CaseCode(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;

    private static final String RULE = "A case code is " + MIN_LENGTH + " to " + MAX_LENGTH
            + " capital letters, digits and dashes with at least one digit, such as RTP-2026-0042: "
            + "it is the agency's code for the person, never a name.";

    public CaseCode {
        String field = "caseCode";
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "The case code is missing. " + RULE);
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new ValidationException(field, "The case code has " + value.length() + " characters. " + RULE);
        }
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!allowed) {
                throw new ValidationException(field, "The case code may not contain '" + c + "'. " + RULE);
            }
            digit |= c >= '0' && c <= '9';
        }
        if (value.charAt(0) == '-' || value.charAt(value.length() - 1) == '-') {
            throw new ValidationException(field, "The case code may not start or end with a dash. " + RULE);
        }
        if (!digit) {
            throw new ValidationException(field, "The case code has no digit. " + RULE);
        }
    }

    public static CaseCode of(String value) {
        return new CaseCode(value);
    }

    @Override
    public String toString() {
        return value;
    }

    @Converter
    public static class JpaConverter implements AttributeConverter<CaseCode, String> {

        @Override
        public String convertToDatabaseColumn(CaseCode attribute) {
            return attribute == null ? null : attribute.value;
        }

        @Override
        public CaseCode convertToEntityAttribute(String column) {
            return column == null ? null : new CaseCode(column);
        }
    }
}
