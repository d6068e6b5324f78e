package org.saphan.it;

import java.net.URI;
import java.nio.file.Path;

/** Where the integration tests' servers are: set by the integration-tests module's build. */
public final class ItConfig {

    private ItConfig() {
    }

    public static String require(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the tests through Maven");
        }
        return value;
    }

    public static URI app(String path) {
        return URI.create(require("saphan.it.app-url") + path);
    }

    public static String keycloakUrl() {
        return require("saphan.it.keycloak-url");
    }

    public static Path ear() {
        return Path.of(require("saphan.ear"));
    }

    public static Path root() {
        return Path.of(require("saphan.root"));
    }

    public static String runId() {
        return require("saphan.it.run-id");
    }
}
