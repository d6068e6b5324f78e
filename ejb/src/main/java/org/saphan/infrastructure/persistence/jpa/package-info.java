/**
 * JPA implementations of the domain's repository interfaces, with their queries. May use JPA and the domain model;
 * nothing from the application or interface layers.
 */
package org.saphan.infrastructure.persistence.jpa;
