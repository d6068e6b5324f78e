package org.saphan.domain.model.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.ValidationException;

/**
 * Never assign this interpreter to this case: the person refused the interpreter, or the interpreter recused itself.
 * <p>
 * A requester or coordinator records it with a reason; from then on matching excludes the interpreter from every
 * booking of the case, and continuity never brings it back. It is kept, not lifted: a mistaken exclusion only costs
 * one interpreter for one case, and lifting one would need its own audited step. One per case and interpreter.
 * <p>
 * A case is an agency's: case codes are the agencies' own pseudonyms and two agencies may use the same code for two
 * different people, so an exclusion is keyed by agency and case code, and only bookings of that agency's case are
 * affected.
 */
@Entity
@Table(name = "case_exclusion")
public class CaseExclusion {

    public static final int MAX_REASON = 500;
    public static final int MAX_BY = 128;
    public static final int MAX_AGENCY = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = CaseCode.JpaConverter.class)
    @Column(name = "case_code", nullable = false, updatable = false, length = CaseCode.MAX_LENGTH)
    private CaseCode caseCode;

    @Convert(converter = InterpreterId.JpaConverter.class)
    @Column(name = "interpreter_id", nullable = false, updatable = false)
    private InterpreterId interpreter;

    @Column(name = "reason", nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "excluded_by", nullable = false, updatable = false, length = MAX_BY)
    private String excludedBy;

    @Column(name = "agency", nullable = false, updatable = false, length = MAX_AGENCY)
    private String agency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** For JPA only. */
    protected CaseExclusion() {
    }

    /**
     * @param by the subject of who records it
     * @param agency the agency whose case it is
     */
    public CaseExclusion(CaseCode caseCode, InterpreterId interpreter, String reason, String by, String agency,
            Instant now) {
        this.caseCode = ValidationException.requirePresent(caseCode, "caseCode", "The case code is missing.");
        this.interpreter = ValidationException.requirePresent(interpreter, "interpreterId",
                "Say which interpreter to exclude.");
        String why = ValidationException.requireText(reason, "reason", "An exclusion needs a reason, such as "
                + "\"the person refused this interpreter\" or \"the interpreter recused itself\".");
        this.reason = ValidationException.requireAtMost(why, MAX_REASON, "reason", "The reason");
        this.excludedBy = ValidationException.requireAtMost(ValidationException.requireText(by, "by",
                "Who excludes is missing."), MAX_BY, "by", "Who excludes");
        this.agency = ValidationException.requireAtMost(ValidationException.requireText(agency, "agency",
                "Say whose case it is: the agency."), MAX_AGENCY, "agency", "The agency");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public CaseCode caseCode() {
        return caseCode;
    }

    public InterpreterId interpreter() {
        return interpreter;
    }

    public String reason() {
        return reason;
    }

    public String excludedBy() {
        return excludedBy;
    }

    /** The agency whose case it is. */
    public String agency() {
        return agency;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseExclusion that && agency.equals(that.agency) && caseCode.equals(that.caseCode)
                && interpreter.equals(that.interpreter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, caseCode, interpreter);
    }

    @Override
    public String toString() {
        return "Interpreter " + interpreter + " excluded from " + agency + "'s case " + caseCode;
    }
}
