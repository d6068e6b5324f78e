/**
 * What is known about a case across its bookings: the exclusions of interpreters from it. Uses {@code model.shared}
 * and refers to interpreters by {@code InterpreterId} only.
 */
package org.saphan.domain.model.casework;
