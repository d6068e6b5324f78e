package org.saphan.interfaces.websocket;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. {@code jakarta.json.Json}'s static methods look the provider up through
 * {@code ServiceLoader} on every call, and in WildFly that walks the deployment's jars each time: on the session
 * sockets' I/O threads it was a fifth of the gateway's CPU samples under load (bench/README.md, the JFR profile).
 * A provider is thread-safe, so one instance serves every socket.
 */
final class Jsons {

    static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
