package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.server.ServerEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status socket says hello in saphan.v1 and closes, under the shared handshake rules. */
class GatewayStatusEndpointTest {

    @Test
    void saysHelloAndCloses() throws Exception {
        FakeSocket socket = new FakeSocket();
        new GatewayStatusEndpoint().open(socket.session);
        assertEquals(List.of("{\"type\":\"hello\",\"protocol\":\"saphan.v1\"}"), socket.texts);
        assertTrue(socket.closedWith(CloseCodes.NORMAL_CLOSURE));
    }

    @Test
    void speaksSaphanV1UnderTheOriginCheck() {
        ServerEndpoint annotation = GatewayStatusEndpoint.class.getAnnotation(ServerEndpoint.class);
        assertEquals("/status", annotation.value());
        assertEquals(List.of("saphan.v1"), List.of(annotation.subprotocols()));
        assertEquals(GatewayConfigurator.class, annotation.configurator());
    }
}
