package org.saphan.domain.service;

import java.time.LocalDate;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;

/** A candidate that passes every hard rule for {@link Fixtures#booking()}, for tests to spoil one thing at a time. */
final class MatchingFixtures {

    private MatchingFixtures() {
    }

    static CandidateSnapshot.Builder qualified(long id) {
        return CandidateSnapshot.builder(InterpreterId.of(id))
                .active(true)
                .gender(Gender.FEMALE)
                .language(LanguageCode.MYA, Level.FLUENT, false)
                .language(LanguageCode.THA, Level.FLUENT, false)
                .vettingValidUntil(LocalDate.of(2027, 6, 30))
                .specialisation(Specialisation.CHILDREN)
                .province(Province.TAK)
                .remote(true)
                .weekly(WeeklySchedule.of(Fixtures.officeHours()))
                .minutesWorkedLast14Days(20 * 60)
                .medianAnswerSeconds(300);
    }
}
