package org.saphan.application.interpreter;

/** {@code {"reason":"..."}}: why a coordinator suspends or reinstates an interpreter, kept with its status. */
public record ReasonInput(String reason) {
}
