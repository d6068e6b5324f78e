package org.saphan.domain.model.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the name of an enum constant from input, with a message that lists the allowed names when it is wrong. */
public final class EnumValues {

    private EnumValues() {
    }

    /**
     * @param type the enum
     * @param value the name as typed, case-insensitive
     * @param field the input field, for the error
     * @throws ValidationException when the value is missing or not one of the constants
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        String what = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, what + " is missing: use one of " + allowed(type) + ".");
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new ValidationException(field, "Unknown " + field + " '" + value.strip() + "': use one of "
                + allowed(type) + ".");
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
