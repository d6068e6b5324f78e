/**
 * Persistence adapters that are not one aggregate's repository: the schema migration at start-up.
 * May use JDBC, JPA and Flyway; nothing from the interface layers.
 */
package org.saphan.infrastructure.persistence;
