package org.saphan.domain.model.interpreter;

/** Whether an interpreter may be offered work at all. */
public enum InterpreterStatus {
    ACTIVE,
    /** Kept in the pool for its history, but never offered or assigned; a coordinator suspends with a reason. */
    SUSPENDED
}
