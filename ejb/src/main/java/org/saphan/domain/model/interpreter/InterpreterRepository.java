package org.saphan.domain.model.interpreter;

import java.util.List;
import java.util.Optional;

/** The interpreter pool, as a collection. */
public interface InterpreterRepository {

    Optional<Interpreter> find(InterpreterId id);

    /**
     * The interpreter, its row locked until the transaction ends: two accepts or hand assignments for the same
     * interpreter happen one after another, so its calendar cannot be double-booked.
     */
    Optional<Interpreter> findForUpdate(InterpreterId id);

    /** The profile linked to a sign-in, for an interpreter acting on its own profile. */
    Optional<Interpreter> findByUsername(String username);

    /** Interpreters matching the filter, ordered by id. */
    List<Interpreter> findAll(InterpreterFilter filter);

    /** Adds a new interpreter (which then has its id) or keeps the changes of a loaded one. */
    void store(Interpreter interpreter);
}
