package org.saphan.application;

/**
 * Whether Saphan's dependencies answer: the database and the identity provider, as the readiness checks of
 * MicroProfile Health tell it (the names below are theirs).
 */
public interface HealthService {

    /** The readiness check of the database. */
    String DATABASE = "database";
    /** The readiness check of the identity provider. */
    String IDENTITY_PROVIDER = "identity-provider";

    HealthReport check();

    record HealthReport(boolean databaseUp, boolean identityProviderUp) {
        public boolean up() {
            return databaseUp && identityProviderUp;
        }
    }
}
