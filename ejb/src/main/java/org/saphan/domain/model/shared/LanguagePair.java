package org.saphan.domain.model.shared;

/**
 * The two languages of a booking: the person's, and the officer's (Thai unless said otherwise). The interpreter
 * bridges them, so it must speak both.
 */
public record LanguagePair(LanguageCode personLanguage, LanguageCode otherLanguage) {

    public LanguagePair {
        ValidationException.requirePresent(personLanguage, "language",
                "The person's language is missing: give its ISO 639-3 code, such as mya.");
        if (otherLanguage == null) {
            otherLanguage = LanguageCode.THA;
        }
        if (personLanguage == otherLanguage) {
            throw new ValidationException("otherLanguage", "The two languages are the same (" + personLanguage
                    + "): an interpreter needs two different languages.");
        }
    }

    /** The person's language with Thai on the other side. */
    public static LanguagePair withThai(LanguageCode personLanguage) {
        return new LanguagePair(personLanguage, LanguageCode.THA);
    }

    /** Reads the two codes as typed; a missing other language means Thai. */
    public static LanguagePair of(String personLanguage, String otherLanguage) {
        LanguageCode person = LanguageCode.of(personLanguage, "language");
        LanguageCode other = otherLanguage == null || otherLanguage.isBlank()
                ? LanguageCode.THA
                : LanguageCode.of(otherLanguage, "otherLanguage");
        return new LanguagePair(person, other);
    }

    @Override
    public String toString() {
        return personLanguage + "-" + otherLanguage;
    }
}
