package org.saphan.domain.model.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.ValidationException;

class CaseExclusionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "reason|An exclusion needs a reason, such as \"the person refused this interpreter\" or \"the interpreter "
                    + "recused itself\".|RTP-2026-0042|3| |subject-requester-1",
            "caseCode|The case code is missing.||3|The person refused this interpreter|subject-requester-1",
            "interpreterId|Say which interpreter to exclude.|RTP-2026-0042||The person refused this interpreter|subject-1",
            "by|Who excludes is missing.|RTP-2026-0042|3|The interpreter recused itself| "})
    void needsACaseAnInterpreterAReasonAndAnAuthor(String field, String message, String caseCode, Long interpreter,
            String reason, String by) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new CaseExclusion(caseCode == null ? null : CaseCode.of(caseCode),
                        interpreter == null ? null : InterpreterId.of(interpreter), reason, by, "RTP-TAK",
                        Fixtures.NOW));
        assertEquals(field, e.fieldName());
        assertEquals(message, e.getMessage());
    }

    @Test
    void isOnePerCaseOfAnAgencyAndInterpreter() {
        CaseExclusion refused = new CaseExclusion(Fixtures.CASE, InterpreterId.of(3),
                "The person refused this interpreter", "subject-requester-1", "RTP-TAK", Fixtures.NOW);
        CaseExclusion recused = new CaseExclusion(Fixtures.CASE, InterpreterId.of(3),
                "The interpreter recused itself", "subject-coordinator-1", "RTP-TAK", Fixtures.NOW);
        assertEquals(refused, recused);
        assertEquals(refused.hashCode(), recused.hashCode());
        assertNotEquals(refused, new CaseExclusion(CaseCode.of("RTP-2026-0043"), InterpreterId.of(3), "Recused",
                "subject-coordinator-1", "RTP-TAK", Fixtures.NOW));
        // the same code at another agency is another person's case (issue 11, item 2)
        assertNotEquals(refused, new CaseExclusion(Fixtures.CASE, InterpreterId.of(3), "Recused",
                "subject-coordinator-1", "RTP-RANONG", Fixtures.NOW));
        assertEquals("RTP-TAK", refused.agency());
        ValidationException noAgency = assertThrows(ValidationException.class, () -> new CaseExclusion(Fixtures.CASE,
                InterpreterId.of(3), "Recused", "subject-coordinator-1", null, Fixtures.NOW));
        assertEquals("agency", noAgency.fieldName());
    }
}
