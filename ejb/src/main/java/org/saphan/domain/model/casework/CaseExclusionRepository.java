package org.saphan.domain.model.casework;

import java.util.List;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;

/** The exclusions of interpreters from cases; a case is an agency and its case code. */
public interface CaseExclusionRepository {

    List<CaseExclusion> findForCase(String agency, CaseCode caseCode);

    boolean exists(String agency, CaseCode caseCode, InterpreterId interpreter);

    /**
     * Adds an exclusion. Excluding the same interpreter from the same case twice is refused by the unique constraint;
     * callers check {@link #exists} first and answer 409.
     */
    void store(CaseExclusion exclusion);
}
