package org.saphan.interfaces.rest.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.saphan.domain.model.audit.AuditAction;

/**
 * What a resource method does, for the confidentiality log's entry of a refusal: when a call is refused before or
 * inside the use case (its transaction rolled back), the refusal is recorded under this action, on the object named
 * by the path parameter {@link #idParameter()}. Allowed calls are recorded by the use case itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    AuditAction value();

    /** The kind of object the call is about ({@code booking}, {@code interpreter}, ...). */
    String object();

    /** The path parameter that holds the object's pseudonymous id; empty when there is none. */
    String idParameter() default "";
}
