package org.saphan.interfaces.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * {@code /gateway/status}: proves that the gateway accepts a handshake under Saphan's rules. It says hello in
 * the saphan.v1 protocol and closes; it carries nothing and relays nothing.
 */
@ServerEndpoint(value = "/status", subprotocols = GatewayConfigurator.PROTOCOL, configurator = GatewayConfigurator.class)
public class GatewayStatusEndpoint {

    @OnOpen
    public void open(Session session) throws IOException {
        session.setMaxTextMessageBufferSize(1024);
        session.setMaxBinaryMessageBufferSize(1024);
        session.getBasicRemote().sendText("{\"type\":\"hello\",\"protocol\":\"" + GatewayConfigurator.PROTOCOL + "\"}");
        session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "bye"));
    }
}
