/**
 * The aggregates of Saphan, one package each, with their value objects and repository interfaces. A package may use
 * {@code shared} and the packages of aggregates it refers to by identity, never the services above it.
 */
package org.saphan.domain.model;
