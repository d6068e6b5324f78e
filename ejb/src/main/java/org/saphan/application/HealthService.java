package org.saphan.application;

/** Whether Saphan's dependencies answer: the database and the identity provider. */
public interface HealthService {

    HealthReport check();

    record HealthReport(boolean databaseUp, boolean identityProviderUp) {
        public boolean up() {
            return databaseUp && identityProviderUp;
        }
    }
}
