package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway WAR deploys in the same EAR and answers a WebSocket handshake under Saphan's rules. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayHandshakeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private static URI statusUri() {
        return URI.create(ItConfig.require("saphan.it.app-url").replace("http://", "ws://") + "/gateway/status");
    }

    @Test
    void answersAHandshakeFromSaphansOwnOriginInItsProtocol() throws Exception {
        CompletableFuture<String> hello = new CompletableFuture<>();
        WebSocket ws = Http.CLIENT.newWebSocketBuilder()
                .header("Origin", ItConfig.require("saphan.it.app-url"))
                .subprotocols("saphan.v1")
                .buildAsync(statusUri(), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        hello.complete(data.toString());
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        assertEquals("saphan.v1", ws.getSubprotocol());
        assertEquals("{\"type\":\"hello\",\"protocol\":\"saphan.v1\"}", hello.get(10, TimeUnit.SECONDS));
    }

    @Test
    void refusesAForeignOrigin() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> Http.CLIENT.newWebSocketBuilder()
                .header("Origin", "http://evil.example")
                .subprotocols("saphan.v1")
                .buildAsync(statusUri(), new WebSocket.Listener() {
                })
                .get(10, TimeUnit.SECONDS));
        WebSocketHandshakeException refused = assertInstanceOf(WebSocketHandshakeException.class, e.getCause());
        int status = refused.getResponse().statusCode();
        assertTrue(status == 403 || status == 404, "refused without an upgrade, got " + status);
    }
}
