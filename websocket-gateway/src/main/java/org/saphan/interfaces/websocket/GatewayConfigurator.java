package org.saphan.interfaces.websocket;

import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.logging.Logger;

/**
 * The handshake rules every gateway endpoint shares: the Origin must be Saphan's own pages (browsers send it and
 * scripts cannot forge it there), and the only protocol spoken is {@code saphan.v1}.
 */
public class GatewayConfigurator extends ServerEndpointConfig.Configurator {

    public static final String PROTOCOL = "saphan.v1";
    private static final Logger ACCESS = Logger.getLogger("org.saphan.access");

    private final AllowedOrigins origins;

    /** Made by the WebSocket container, once per endpoint: the Origins come from configuration then. */
    public GatewayConfigurator() {
        this(AllowedOrigins.configured());
    }

    GatewayConfigurator(AllowedOrigins origins) {
        this.origins = origins;
    }

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        boolean allowed = origins.allows(originHeaderValue);
        if (!allowed) {
            ACCESS.info(() -> "Refused WebSocket handshake from Origin " + sanitise(originHeaderValue));
        }
        return allowed;
    }

    @Override
    public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
        return negotiated(requested);
    }

    /** The only protocol spoken, when the client asked for it; none otherwise. */
    static String negotiated(List<String> requested) {
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
