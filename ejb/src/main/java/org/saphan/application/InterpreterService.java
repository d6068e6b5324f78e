package org.saphan.application;

import java.util.List;
import org.saphan.application.interpreter.AvailabilityInput;
import org.saphan.application.interpreter.InterpreterInput;
import org.saphan.application.interpreter.InterpreterQuery;
import org.saphan.application.interpreter.InterpreterView;
import org.saphan.application.interpreter.OnCallInput;
import org.saphan.application.interpreter.ReasonInput;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * Keeping the interpreter pool. Coordinators manage every profile; an interpreter reads its own profile and keeps
 * its own availability and on-call switch. An interpreter asking about any other profile is told there is no such
 * interpreter (404), so that ids reveal nothing. Inputs are parsed after the role check, so a caller without the role
 * is refused (403) whatever it sent.
 */
public interface InterpreterService {

    /** Adds an interpreter to the pool, active, with no availability yet. Coordinators only. */
    InterpreterView create(InterpreterInput profile);

    /** The pool, by id, optionally by language spoken and status. Coordinators only. */
    List<InterpreterView> list(InterpreterQuery query);

    /** One profile: any for a coordinator, its own for an interpreter. */
    InterpreterView find(InterpreterId id);

    /** Replaces the whole profile; status, availability and on-call stay. Coordinators only. */
    InterpreterView replaceProfile(InterpreterId id, InterpreterInput profile);

    /** Takes the interpreter out of matching and off call, with a reason. Coordinators only. */
    InterpreterView suspend(InterpreterId id, ReasonInput reason);

    /** Brings a suspended interpreter back, with a reason. Coordinators only. */
    InterpreterView reinstate(InterpreterId id, ReasonInput reason);

    /** Replaces weekly windows and absences together: any for a coordinator, its own for an interpreter. */
    InterpreterView replaceAvailability(InterpreterId id, AvailabilityInput availability);

    /** The calling interpreter's own on-call switch, its profile found by its username. Interpreters only. */
    InterpreterView switchOnCall(OnCallInput onCall);
}
