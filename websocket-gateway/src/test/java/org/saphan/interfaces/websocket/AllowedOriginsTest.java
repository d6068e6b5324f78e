package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Origins may open a socket, and what the configurator answers in a handshake. */
class AllowedOriginsTest {

    private final AllowedOrigins origins = AllowedOrigins.of(" https://saphan.example.org , HTTP://127.0.0.1:8080,");

    @ParameterizedTest
    @ValueSource(strings = {"https://saphan.example.org", "https://SAPHAN.example.org", "http://127.0.0.1:8080",
            "https://saphan.example.org/path/ignored"})
    void ownPagesMayOpenSockets(String origin) {
        assertTrue(origins.allows(origin), origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example.org", "http://saphan.example.org", "https://saphan.example.org:8443",
            "http://127.0.0.1:8081", "http://localhost:8080", "null", "", "not a uri", "://x", "https://"})
    void foreignOrMalformedOriginsMayNot(String origin) {
        assertFalse(origins.allows(origin), origin);
    }

    @Test
    void noOriginMayNot() {
        assertFalse(origins.allows(null));
    }

    @Test
    void theDefaultIsTheLocalDemo() {
        AllowedOrigins defaults = AllowedOrigins.of(AllowedOrigins.DEFAULT);
        assertTrue(defaults.allows("http://127.0.0.1:8080"));
        assertTrue(defaults.allows("http://localhost:8080"));
        assertFalse(defaults.allows("http://127.0.0.1:8180"));
    }

    @Test
    void theConfiguratorChecksTheOriginAndSpeaksOnlySaphanV1() {
        GatewayConfigurator configurator = new GatewayConfigurator(origins);
        assertTrue(configurator.checkOrigin("https://saphan.example.org"));
        assertFalse(configurator.checkOrigin("https://evil.example.org"));
        assertEquals("saphan.v1", configurator.getNegotiatedSubprotocol(List.of("saphan.v1"),
                List.of("ticket.x", "saphan.v1")));
        assertEquals("", configurator.getNegotiatedSubprotocol(List.of("saphan.v1"), List.of("chat")));
    }

    @Test
    void aLoggedOriginIsOneHarmlessLine() {
        assertEquals("(none)", GatewayConfigurator.sanitise(null));
        assertEquals("https://a.b?????x", GatewayConfigurator.sanitise("https://a.b\r\n<>\"x"));
        String long200 = "h".repeat(200);
        assertEquals("h".repeat(100) + "...", GatewayConfigurator.sanitise(long200));
    }
}
