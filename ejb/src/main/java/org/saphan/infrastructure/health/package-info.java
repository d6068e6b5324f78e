/**
 * Readiness checks in MicroProfile Health: the database and the identity provider. WildFly serves them on the
 * management interface ({@code /health/ready}); the application's {@code HealthService} reads the same checks for
 * {@code /api/health}. May use the application's names for the checks, nothing of the interface layers.
 */
package org.saphan.infrastructure.health;
