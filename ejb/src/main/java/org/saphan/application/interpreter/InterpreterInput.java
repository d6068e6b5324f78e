package org.saphan.application.interpreter;

import static org.saphan.application.interpreter.Inputs.at;
import static org.saphan.application.interpreter.Inputs.element;
import static org.saphan.application.interpreter.Inputs.enumValue;
import static org.saphan.application.interpreter.Inputs.optionalDate;
import static org.saphan.application.interpreter.Inputs.optionalList;
import static org.saphan.application.interpreter.Inputs.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.saphan.domain.model.interpreter.ConfidentialityAgreement;
import org.saphan.domain.model.interpreter.InterpreterProfile;
import org.saphan.domain.model.interpreter.InterpreterStatus;
import org.saphan.domain.model.interpreter.LanguageSkill;
import org.saphan.domain.model.interpreter.Training;
import org.saphan.domain.model.interpreter.Vetting;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.ValidationException;

/**
 * An interpreter profile as a coordinator sends it, to create or to replace one: the JSON of the API's "Interpreter
 * profile", every field nullable so that a missing one is refused with a message rather than a parse error.
 * {@code status} is optional and never changes the status: that takes a suspension or a reinstatement, with a reason.
 */
public record InterpreterInput(String username, String name, String gender, List<LanguageInput> languages,
        List<String> specialisations, List<String> provinces, Boolean remote, VettingInput vetting,
        List<ConflictInput> conflicts, String status) {

    /** Keycloak's usernames: lower case, no spaces. Kept strict so that a typo cannot link to nobody silently. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]+");

    /** {@code {"code":"mya","level":"NATIVE","certified":true}}; {@code certified} defaults to false. */
    public record LanguageInput(String code, String level, Boolean certified) {
    }

    /** The background check's last valid day, the agreement signed, the trainings done; each may be absent. */
    public record VettingInput(String backgroundCheckValidUntil, AgreementInput confidentialityAgreement,
            List<String> trainings) {
    }

    /** {@code {"signedOn":"2026-01-10","version":"2"}}. */
    public record AgreementInput(String signedOn, String version) {
    }

    /** {@code {"kind":"COMMUNITY|ORGANISATION|PERSON","value":"..."}}. */
    public record ConflictInput(String kind, String value) {
    }

    /**
     * The checked profile.
     *
     * @throws ValidationException naming the first field at fault
     */
    public InterpreterProfile toProfile() {
        return new InterpreterProfile(username(username), name, enumValue(Gender.class, gender, "gender", "gender"),
                languageSkills(), specialisationSet(), provinceSet(), remote != null && remote, toVetting(),
                conflictSet());
    }

    /** The status the request states, if it states one. */
    public Optional<InterpreterStatus> statedStatus() {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(enumValue(InterpreterStatus.class, status, "status", "status"));
    }

    private static String username(String value) {
        String text = ValidationException.optionalText(value);
        if (text == null) {
            return null;
        }
        if (!USERNAME.matcher(text).matches()) {
            throw new ValidationException("username", "The username is the interpreter's sign-in name, such as "
                    + "aung: letters, digits, dots, dashes, underscores or @, without spaces.");
        }
        // the identity provider keeps usernames in lower case, and the link is found by exact match
        return text.toLowerCase(Locale.ROOT);
    }

    private List<LanguageSkill> languageSkills() {
        List<LanguageInput> list = optionalList(languages, "languages");
        List<LanguageSkill> skills = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            LanguageInput given = element(list, i, "languages");
            String field = at("languages", i);
            LanguageCode code = LanguageCode.of(given.code(), field + ".code");
            Level level = enumValue(Level.class, given.level(), field + ".level", "level");
            boolean certified = given.certified() != null && given.certified();
            skills.add(new LanguageSkill(code, level, certified));
        }
        return skills;
    }

    private Set<Specialisation> specialisationSet() {
        List<String> list = optionalList(specialisations, "specialisations");
        Set<Specialisation> set = EnumSet.noneOf(Specialisation.class);
        for (int i = 0; i < list.size(); i++) {
            set.add(enumValue(Specialisation.class, list.get(i), at("specialisations", i), "specialisation"));
        }
        return set;
    }

    private Set<Province> provinceSet() {
        List<String> list = optionalList(provinces, "provinces");
        Set<Province> set = EnumSet.noneOf(Province.class);
        for (int i = 0; i < list.size(); i++) {
            set.add(Province.of(list.get(i), at("provinces", i)));
        }
        return set;
    }

    private Vetting toVetting() {
        if (vetting == null) {
            return Vetting.none();
        }
        String field = "vetting";
        var checkedUntil = optionalDate(vetting.backgroundCheckValidUntil(), field + ".backgroundCheckValidUntil",
                "The background check's last valid day");
        ConfidentialityAgreement agreement = null;
        AgreementInput signed = vetting.confidentialityAgreement();
        if (signed != null) {
            String agreementField = field + ".confidentialityAgreement";
            var signedOn = optionalDate(signed.signedOn(), agreementField + ".signedOn",
                    "The date the agreement was signed");
            if (signedOn == null) {
                throw new ValidationException(agreementField + ".signedOn", "The date the confidentiality agreement "
                        + "was signed is missing: write it as YYYY-MM-DD, or leave out the whole agreement.");
            }
            agreement = within(agreementField + ".version", () -> new ConfidentialityAgreement(signedOn,
                    signed.version()));
        }
        List<String> list = optionalList(vetting.trainings(), field + ".trainings");
        Set<Training> trainings = EnumSet.noneOf(Training.class);
        for (int i = 0; i < list.size(); i++) {
            trainings.add(enumValue(Training.class, list.get(i), at(field + ".trainings", i), "training"));
        }
        return new Vetting(checkedUntil, agreement, trainings);
    }

    private Set<Party> conflictSet() {
        List<ConflictInput> list = optionalList(conflicts, "conflicts");
        Set<Party> set = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ConflictInput given = element(list, i, "conflicts");
            String field = at("conflicts", i);
            ConflictKind kind = enumValue(ConflictKind.class, given.kind(), field + ".kind", "kind of conflict");
            set.add(within(field + ".value", () -> new Party(kind, given.value())));
        }
        return set;
    }
}
