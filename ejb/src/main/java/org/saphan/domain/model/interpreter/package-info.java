/**
 * The interpreter pool: the {@link org.saphan.domain.model.interpreter.Interpreter} aggregate with its profile,
 * vetting, conflicts and availability, and its repository interface. Uses {@code model.shared} only.
 */
package org.saphan.domain.model.interpreter;
