/**
 * Values and exceptions every part of the domain speaks in: languages, provinces, time windows, case codes, and the
 * domain exceptions that the interface layer turns into error answers. Uses only the JDK and JPA/EJB annotations.
 */
package org.saphan.domain.model.shared;
