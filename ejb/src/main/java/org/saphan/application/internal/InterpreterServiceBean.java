package org.saphan.application.internal;

import static org.saphan.application.security.Caller.COORDINATOR;
import static org.saphan.application.security.Caller.INTERPRETER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saphan.application.InterpreterService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.interpreter.AvailabilityInput;
import org.saphan.application.interpreter.InterpreterInput;
import org.saphan.application.interpreter.InterpreterQuery;
import org.saphan.application.interpreter.InterpreterView;
import org.saphan.application.interpreter.OnCallInput;
import org.saphan.application.interpreter.ReasonInput;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.interpreter.Absence;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterProfile;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.interpreter.InterpreterStatus;
import org.saphan.domain.model.interpreter.WeeklyWindow;
import org.saphan.domain.model.report.CoverageFigures;
import org.saphan.domain.model.shared.Bangkok;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.ValidationException;

/**
 * The interpreter pool's use cases. Each loads the aggregate, lets it decide, stores it and returns a view built here,
 * inside the transaction, while its collections can still be read. Inputs are parsed after the role check, so that a
 * caller without the role learns nothing from the validation messages.
 */
@Stateless
public class InterpreterServiceBean implements InterpreterService {

    @Inject
    InterpreterRepository interpreters;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    /** Told of every change that can move the coverage report's pool figures, in the same transaction. */
    @Inject
    CoverageFigures coverage;

    /** Replaced in unit tests; the container has no clock of its own to inject. */
    Clock clock = Clock.systemUTC();

    @Override
    @RolesAllowed(COORDINATOR)
    public InterpreterView create(InterpreterInput input) {
        InterpreterInput given = requireBody(input, "the interpreter's profile");
        InterpreterProfile profile = given.toProfile();
        given.statedStatus().filter(status -> status != InterpreterStatus.ACTIVE).ifPresent(status -> {
            throw new ValidationException("status", "A new interpreter starts ACTIVE: suspend it afterwards, with a "
                    + "reason, if it must not work yet.");
        });
        requireUsernameFree(profile, null);
        Interpreter interpreter = new Interpreter(profile, clock.instant());
        interpreters.store(interpreter);
        coverage.poolChanged();
        InterpreterView view = InterpreterView.forCoordinator(interpreter, today());
        audit.record(AuditAction.INTERPRETER_CREATE, "interpreter", view.id(), null);
        return view;
    }

    @Override
    @RolesAllowed(COORDINATOR)
    public List<InterpreterView> list(InterpreterQuery query) {
        InterpreterQuery options = query == null ? InterpreterQuery.all() : query;
        LocalDate today = today();
        List<InterpreterView> views = interpreters.findAll(options.toFilter()).stream()
                .map(interpreter -> InterpreterView.forCoordinator(interpreter, today))
                .toList();
        audit.recordList(AuditAction.INTERPRETER_LIST, "interpreter",
                views.stream().map(v -> String.valueOf(v.id())).toList());
        return views;
    }

    @Override
    @RolesAllowed({COORDINATOR, INTERPRETER})
    public InterpreterView find(InterpreterId id) {
        InterpreterView view = viewFor(currentCaller.require(), loadVisible(id));
        audit.record(AuditAction.INTERPRETER_READ, "interpreter", view.id(), null);
        return view;
    }

    @Override
    @RolesAllowed(COORDINATOR)
    public InterpreterView replaceProfile(InterpreterId id, InterpreterInput input) {
        Interpreter interpreter = load(id);
        InterpreterInput given = requireBody(input, "the interpreter's whole profile");
        InterpreterProfile profile = given.toProfile();
        given.statedStatus().filter(status -> status != interpreter.status()).ifPresent(status -> {
            throw new ValidationException("status", "The status is " + interpreter.status() + " and does not change "
                    + "with the profile: " + (interpreter.isActive() ? "suspend" : "reinstate")
                    + " the interpreter, with a reason, or leave the status out.");
        });
        requireUsernameFree(profile, interpreter);
        interpreter.replaceProfile(profile);
        interpreters.store(interpreter);
        coverage.poolChanged();
        audit.record(AuditAction.INTERPRETER_UPDATE, "interpreter", id.value(), null);
        return InterpreterView.forCoordinator(interpreter, today());
    }

    @Override
    @RolesAllowed(COORDINATOR)
    public InterpreterView suspend(InterpreterId id, ReasonInput reason) {
        Interpreter interpreter = load(id);
        interpreter.suspend(reason == null ? null : reason.reason(), clock.instant());
        interpreters.store(interpreter);
        coverage.poolChanged();
        audit.record(AuditAction.INTERPRETER_SUSPEND, "interpreter", id.value(),
                reason == null ? null : reason.reason());
        return InterpreterView.forCoordinator(interpreter, today());
    }

    @Override
    @RolesAllowed(COORDINATOR)
    public InterpreterView reinstate(InterpreterId id, ReasonInput reason) {
        Interpreter interpreter = load(id);
        interpreter.reinstate(reason == null ? null : reason.reason(), clock.instant());
        interpreters.store(interpreter);
        coverage.poolChanged();
        audit.record(AuditAction.INTERPRETER_REINSTATE, "interpreter", id.value(),
                reason == null ? null : reason.reason());
        return InterpreterView.forCoordinator(interpreter, today());
    }

    @Override
    @RolesAllowed({COORDINATOR, INTERPRETER})
    public InterpreterView replaceAvailability(InterpreterId id, AvailabilityInput input) {
        Caller caller = currentCaller.require();
        Interpreter interpreter = loadVisible(id);
        AvailabilityInput given = requireBody(input, "the weekly windows and the absences");
        List<WeeklyWindow> weekly = given.toWeeklyWindows();
        List<Absence> absences = given.toAbsences();
        interpreter.replaceAvailability(weekly, absences);
        interpreters.store(interpreter);
        audit.record(AuditAction.INTERPRETER_AVAILABILITY, "interpreter", id.value(), null);
        return viewFor(caller, interpreter);
    }

    @Override
    @RolesAllowed(INTERPRETER)
    public InterpreterView switchOnCall(OnCallInput input) {
        Caller caller = currentCaller.require();
        boolean on = requireBody(input, "{\"onCall\": true} or false").toOnCall();
        Interpreter interpreter = interpreters.findByUsername(caller.username())
                // worded through NotFoundException's "No <what> <identity>." so that the person knows what to ask for
                .orElseThrow(() -> new NotFoundException("interpreter profile is linked to your sign-in",
                        "(" + caller.username() + "): a coordinator links it by entering your username in "
                                + "your profile"));
        interpreter.switchOnCall(on);
        interpreters.store(interpreter);
        audit.record(AuditAction.INTERPRETER_ON_CALL, "interpreter", interpreter.id().value(),
                on ? "on call" : "off call");
        return InterpreterView.forSelf(interpreter, today());
    }

    private Interpreter load(InterpreterId id) {
        InterpreterId wanted = requireId(id);
        return interpreters.find(wanted).orElseThrow(() -> notFound(wanted));
    }

    /**
     * The interpreter, if the caller may see it: any for a coordinator, only its own for an interpreter. Anyone else
     * gets the same answer as for an id that does not exist, so that ids reveal nothing.
     */
    private Interpreter loadVisible(InterpreterId id) {
        Caller caller = currentCaller.require();
        InterpreterId wanted = requireId(id);
        return interpreters.find(wanted)
                .filter(interpreter -> caller.hasRole(COORDINATOR) || isSelf(caller, interpreter))
                .orElseThrow(() -> notFound(wanted));
    }

    private static boolean isSelf(Caller caller, Interpreter interpreter) {
        return caller.hasRole(INTERPRETER)
                && interpreter.username().filter(username -> username.equalsIgnoreCase(caller.username())).isPresent();
    }

    private InterpreterView viewFor(Caller caller, Interpreter interpreter) {
        return caller.hasRole(COORDINATOR)
                ? InterpreterView.forCoordinator(interpreter, today())
                : InterpreterView.forSelf(interpreter, today());
    }

    /** One sign-in, one profile: the database enforces it too, this says it in words first. */
    private void requireUsernameFree(InterpreterProfile profile, Interpreter self) {
        if (profile.username() == null) {
            return;
        }
        interpreters.findByUsername(profile.username())
                .filter(other -> !other.equals(self))
                .ifPresent(other -> {
                    throw new ConflictException("username-taken", "The username " + profile.username()
                            + " is already linked to interpreter " + other.id() + ": one sign-in has one profile.");
                });
    }

    private static InterpreterId requireId(InterpreterId id) {
        return ValidationException.requirePresent(id, "interpreterId", "The interpreter id is missing.");
    }

    private static NotFoundException notFound(InterpreterId id) {
        return new NotFoundException("interpreter", id);
    }

    private static <T> T requireBody(T body, String what) {
        if (body == null) {
            throw new ValidationException("body", "The request body is missing: send " + what + " as JSON.");
        }
        return body;
    }

    private LocalDate today() {
        return Bangkok.dateOf(Instant.now(clock));
    }
}
