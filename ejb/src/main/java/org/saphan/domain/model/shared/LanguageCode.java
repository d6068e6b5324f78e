package org.saphan.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A language Saphan books interpreters for, by its ISO 639-3 code. A closed list on purpose: a language is added when
 * the programme has vetted interpreters for it, and a typo in a request must fail loudly rather than find nobody.
 */
public enum LanguageCode {
    THA("tha", "Thai"),
    MYA("mya", "Burmese"),
    KHM("khm", "Khmer"),
    LAO("lao", "Lao"),
    VIE("vie", "Vietnamese"),
    SHN("shn", "Shan"),
    KSW("ksw", "S'gaw Karen"),
    KJP("kjp", "Pwo Eastern Karen"),
    MNW("mnw", "Mon"),
    RHG("rhg", "Rohingya"),
    ENG("eng", "English"),
    CMN("cmn", "Mandarin Chinese"),
    ZSM("zsm", "Standard Malay"),
    IND("ind", "Indonesian"),
    BEN("ben", "Bengali");

    private static final String SUPPORTED = Arrays.stream(values()).map(LanguageCode::code)
            .collect(Collectors.joining(", "));

    private final String code;
    private final String englishName;

    LanguageCode(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /** The ISO 639-3 code, lower case, as it appears in JSON and in the database. */
    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }

    /** Reads a code typed into the {@code language} field. */
    public static LanguageCode of(String code) {
        return of(code, "language");
    }

    /**
     * Reads a code typed into the given field.
     *
     * @throws ValidationException when the code is missing or not one Saphan supports
     */
    public static LanguageCode of(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new ValidationException(field, "The language is missing: give its ISO 639-3 code, one of "
                    + SUPPORTED + ".");
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (LanguageCode language : values()) {
            if (language.code.equals(wanted)) {
                return language;
            }
        }
        throw new ValidationException(field, "Unknown language code '" + code.strip()
                + "': use an ISO 639-3 code Saphan supports, one of " + SUPPORTED + ".");
    }

    @Override
    public String toString() {
        return code;
    }

    /** Stores the lower-case code, so that the database reads like the API. */
    @Converter
    public static class JpaConverter implements AttributeConverter<LanguageCode, String> {

        @Override
        public String convertToDatabaseColumn(LanguageCode attribute) {
            return attribute == null ? null : attribute.code;
        }

        @Override
        public LanguageCode convertToEntityAttribute(String column) {
            return column == null ? null : LanguageCode.of(column);
        }
    }
}
