package org.saphan.interfaces.websocket;

import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The handshake rules every gateway endpoint shares: the Origin must be Saphan's own pages (browsers send it and
 * scripts cannot forge it there), and the only protocol spoken is {@code saphan.v1}.
 */
public class GatewayConfigurator extends ServerEndpointConfig.Configurator {

    public static final String PROTOCOL = "saphan.v1";
    private static final Logger ACCESS = Logger.getLogger("org.saphan.access");

    private static final Set<String> ALLOWED_ORIGINS = allowedOrigins();

    /** Whether a handshake's Origin is one of Saphan's own pages. */
    static boolean originAllowed(String origin) {
        try {
            return origin != null && ALLOWED_ORIGINS.contains(normalise(origin));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Set<String> allowedOrigins() {
        String configured = System.getenv().getOrDefault("SAPHAN_PUBLIC_ORIGINS",
                "http://127.0.0.1:8080,http://localhost:8080");
        return Stream.of(configured.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(GatewayConfigurator::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(String origin) {
        URI uri = URI.create(origin.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an origin");
        }
        return (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()))
                .toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        boolean allowed = originAllowed(originHeaderValue);
        if (!allowed) {
            ACCESS.info(() -> "Refused WebSocket handshake from Origin " + sanitise(originHeaderValue));
        }
        return allowed;
    }

    @Override
    public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
        return requested.contains(PROTOCOL) ? PROTOCOL : "";
    }

    /** An Origin header is attacker-controlled text: keep logs to one harmless line. */
    static String sanitise(String value) {
        if (value == null) {
            return "(none)";
        }
        String cleaned = value.replaceAll("[^A-Za-z0-9:/._\\-\\[\\]]", "?");
        return cleaned.length() > 100 ? cleaned.substring(0, 100) + "..." : cleaned;
    }
}
