package org.saphan.it;

import java.net.URI;
import java.nio.file.Path;

/** Where the integration tests' servers are: set by the integration-tests module's build. */
final class ItConfig {

    private ItConfig() {
    }

    static String require(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the tests through Maven");
        }
        return value;
    }

    static URI app(String path) {
        return URI.create(require("saphan.it.app-url") + path);
    }

    static String keycloakUrl() {
        return require("saphan.it.keycloak-url");
    }

    static Path ear() {
        return Path.of(require("saphan.ear"));
    }

    static Path root() {
        return Path.of(require("saphan.root"));
    }

    static String runId() {
        return require("saphan.it.run-id");
    }
}
