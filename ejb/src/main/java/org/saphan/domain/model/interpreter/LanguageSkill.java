package org.saphan.domain.model.interpreter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.ValidationException;

/** One language an interpreter speaks, how well, and whether a recognised body certified it. */
@Embeddable
public class LanguageSkill {

    @Convert(converter = LanguageCode.JpaConverter.class)
    @Column(name = "language_code", nullable = false, length = 3)
    private LanguageCode language;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_level", nullable = false, length = 16)
    private Level level;

    @Column(name = "certified", nullable = false)
    private boolean certified;

    /** For JPA only. */
    protected LanguageSkill() {
    }

    public LanguageSkill(LanguageCode language, Level level, boolean certified) {
        this.language = ValidationException.requirePresent(language, "languages", "A language code is missing.");
        this.level = ValidationException.requirePresent(level, "languages",
                "The level of " + language + " is missing: NATIVE, FLUENT or WORKING.");
        this.certified = certified;
    }

    public LanguageCode language() {
        return language;
    }

    public Level level() {
        return level;
    }

    public boolean certified() {
        return certified;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageSkill that && language == that.language && level == that.level
                && certified == that.certified;
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, level, certified);
    }

    @Override
    public String toString() {
        return language + " " + level + (certified ? " certified" : "");
    }
}
