package org.saphan.domain.model.interpreter;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.ValidationException;

/**
 * Everything a coordinator says about an interpreter, as one checked value: creating a profile and replacing it take
 * the same. The username links the profile to the interpreter's own sign-in, when it has one.
 */
public record InterpreterProfile(String username, String name, Gender gender, List<LanguageSkill> languages,
        Set<Specialisation> specialisations, Set<Province> provinces, boolean remote, Vetting vetting,
        Set<Party> conflicts) {

    public static final int MAX_NAME = 200;
    public static final int MAX_USERNAME = 64;

    public InterpreterProfile {
        username = ValidationException.requireAtMost(ValidationException.optionalText(username), MAX_USERNAME,
                "username", "The username");
        name = ValidationException.requireText(name, "name", "The interpreter's name is missing.");
        ValidationException.requireAtMost(name, MAX_NAME, "name", "The interpreter's name");
        ValidationException.requirePresent(gender, "gender", "The interpreter's gender is missing: FEMALE, MALE or "
                + "OTHER.");
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (languages.size() < 2) {
            throw new ValidationException("languages", "An interpreter needs at least two languages, such as mya and "
                    + "tha: it interprets between them.");
        }
        Set<LanguageCode> seen = new HashSet<>();
        for (LanguageSkill skill : languages) {
            if (!seen.add(skill.language())) {
                throw new ValidationException("languages", "The language " + skill.language()
                        + " is listed twice: give it once, with its level.");
            }
        }
        specialisations = specialisations == null || specialisations.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(specialisations));
        provinces = provinces == null || provinces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(provinces));
        if (provinces.isEmpty() && !remote) {
            throw new ValidationException("provinces", "An interpreter must serve at least one province on site or "
                    + "work remotely.");
        }
        vetting = vetting == null ? Vetting.none() : vetting;
        conflicts = conflicts == null ? Set.of() : Set.copyOf(conflicts);
    }
}
