package org.saphan.application.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.shared.NotFoundException;

/**
 * What the current caller may see of bookings: a coordinator all, a requester its agency's, an interpreter those
 * assigned to it. Anything else is "not found", so that nobody learns that someone else's booking exists.
 */
@RequestScoped
public class CallerScope {

    @Inject
    CurrentCaller current;

    @Inject
    InterpreterRepository interpreters;

    private Optional<Interpreter> interpreter;

    public Caller caller() {
        return current.require();
    }

    public boolean isCoordinator() {
        return caller().hasRole(Caller.COORDINATOR);
    }

    /** The caller's requester agency, when it acts as a requester. */
    public Optional<String> requesterAgency() {
        Caller c = caller();
        return c.hasRole(Caller.REQUESTER) ? c.agency() : Optional.empty();
    }

    /** The interpreter profile linked to the caller's username, if it is an interpreter with a profile. */
    public Optional<Interpreter> interpreter() {
        if (interpreter == null) {
            Caller c = caller();
            interpreter = c.hasRole(Caller.INTERPRETER)
                    ? interpreters.findByUsername(c.username())
                    : Optional.empty();
        }
        return interpreter;
    }

    public Interpreter requireInterpreter() {
        return interpreter().orElseThrow(() -> new NotFoundException("interpreter profile linked to",
                "your account; a coordinator links it"));
    }

    /** How the caller sees this booking; "not found" when it is not the caller's to see. */
    public Viewer viewerOf(Booking booking) {
        if (isCoordinator()) {
            return Viewer.COORDINATOR;
        }
        if (requesterAgency().filter(booking::belongsTo).isPresent()) {
            return Viewer.REQUESTER;
        }
        Optional<InterpreterId> me = interpreter().map(Interpreter::id);
        if (me.isPresent() && booking.isAssignedTo(me.get())) {
            return Viewer.ASSIGNED_INTERPRETER;
        }
        throw notFound(booking.reference().value());
    }

    static NotFoundException notFound(String reference) {
        return new NotFoundException("booking", reference);
    }
}
