/**
 * REST resources of the interpreter pool: profiles, suspension, availability, and the interpreter's own on-call
 * switch. Thin: JSON to the application's input records and back from its views; uses {@code org.saphan.application}
 * and the domain's identity types only.
 */
package org.saphan.interfaces.rest.interpreter;
