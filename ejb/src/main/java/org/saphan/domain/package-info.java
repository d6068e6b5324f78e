/**
 * Saphan's domain: the model of interpreters, bookings, offers and cases, and the rules that span them. Plain Java
 * with JPA mapping annotations; it uses nothing of the application, infrastructure or interface layers.
 */
package org.saphan.domain;
