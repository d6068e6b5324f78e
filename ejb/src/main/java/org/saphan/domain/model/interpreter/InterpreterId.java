package org.saphan.domain.model.interpreter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.saphan.domain.model.shared.ValidationException;

/** The identity of an interpreter in the pool, as other aggregates and the API refer to it. */
public record InterpreterId(long value) {

    public InterpreterId {
        if (value <= 0) {
            throw new ValidationException("interpreterId", "An interpreter id is a positive number, not " + value
                    + ".");
        }
    }

    public static InterpreterId of(long value) {
        return new InterpreterId(value);
    }

    /** Reads an id as typed, for instance in a path. */
    public static InterpreterId parse(String text) {
        try {
            return new InterpreterId(Long.parseLong(ValidationException.requireText(text, "interpreterId",
                    "The interpreter id is missing.")));
        } catch (NumberFormatException e) {
            throw new ValidationException("interpreterId", "An interpreter id is a number, not '" + text + "'.");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    @Converter
    public static class JpaConverter implements AttributeConverter<InterpreterId, Long> {

        @Override
        public Long convertToDatabaseColumn(InterpreterId attribute) {
            return attribute == null ? null : attribute.value;
        }

        @Override
        public InterpreterId convertToEntityAttribute(Long column) {
            return column == null ? null : new InterpreterId(column);
        }
    }
}
