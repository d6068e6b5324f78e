package org.saphan.interfaces.websocket;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Origins that may open Saphan's sockets: Saphan's own pages. Browsers send the Origin on a handshake and
 * scripts cannot forge it there. Set by {@code saphan.public-origins} (the environment's
 * {@code SAPHAN_PUBLIC_ORIGINS}), a comma-separated list.
 */
final class AllowedOrigins {

    static final String PROPERTY = "saphan.public-origins";
    static final String DEFAULT = "http://127.0.0.1:8080,http://localhost:8080";

    private final Set<String> origins;

    private AllowedOrigins(Set<String> origins) {
        this.origins = origins;
    }

    /** From MicroProfile Config, read when the servlet or the configurator is made, not in a static initialiser. */
    static AllowedOrigins configured() {
        return of(ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse(DEFAULT));
    }

    static AllowedOrigins of(String commaSeparated) {
        return new AllowedOrigins(Stream.of(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(AllowedOrigins::normalise)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether a handshake's Origin is one of Saphan's own pages; a missing or malformed Origin is not. */
    boolean allows(String origin) {
        try {
            return origin != null && origins.contains(normalise(origin));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalise(String origin) {
        URI uri = URI.create(origin.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an origin");
        }
        return (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()))
                .toLowerCase(Locale.ROOT);
    }
}
