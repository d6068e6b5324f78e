package org.saphan.interfaces.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.session.Channel;

/** The gate before any upgrade: each refusal's status and error shape, the 429 on a fourth feed, the upgrade. */
class GatewayServletTest {

    private static final String ORIGIN = "https://saphan.example.org";

    private final TestGateway gateway = new TestGateway();
    /** The servlet as deployed, except that its Origins are the test's rather than read from the configuration. */
    private final GatewayServlet servlet = new GatewayServlet() {
        private static final long serialVersionUID = 1L;

        @Override
        public void init() {
            origins = AllowedOrigins.of(ORIGIN);
        }
    };
    private final ServerContainer container = mock(ServerContainer.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private int status;

    @BeforeEach
    void setUp() throws Exception {
        ServletConfig config = mock(ServletConfig.class);
        ServletContext context = mock(ServletContext.class);
        when(config.getServletContext()).thenReturn(context);
        when(context.getAttribute(ServerContainer.class.getName())).thenReturn(container);
        servlet.init(config);
        servlet.tickets = gateway.tickets;
        servlet.gateway = gateway.gateway;
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        org.mockito.Mockito.doAnswer(i -> status = i.getArgument(0)).when(response)
                .setStatus(org.mockito.ArgumentMatchers
                        .anyInt());
        when(request.getHeader("Upgrade")).thenReturn("websocket");
        when(request.getHeader("Origin")).thenReturn(ORIGIN);
        when(request.getServletPath()).thenReturn("/notifications");
        offer("saphan.v1, ticket.t-123");
    }

    private void offer(String protocols) {
        when(request.getHeaders("Sec-WebSocket-Protocol")).thenAnswer(i -> Collections.enumeration(List.of(
                protocols)));
    }

    private JsonObject error() {
        return Json.createReader(new StringReader(body.toString())).readObject();
    }

    private void assertRefused(int expected, String code) throws Exception {
        servlet.doGet(request, response);
        assertEquals(expected, status, body.toString());
        assertEquals(code, error().getString("error"));
        assertFalse(error().getString("message").isBlank());
        verify(response).setHeader("Cache-Control", "no-store");
        verify(container, never()).upgradeHttpToWebSocket(any(), any(), any(), anyMap());
    }

    @Test
    void notAnUpgradeIs400() throws Exception {
        when(request.getHeader("Upgrade")).thenReturn(null);
        assertRefused(400, "websocket-only");
    }

    @Test
    void aForeignOriginIs403() throws Exception {
        when(request.getHeader("Origin")).thenReturn("https://evil.example.org");
        assertRefused(403, "forbidden-origin");
    }

    @Test
    void noTicketOrNoProtocolIs401() throws Exception {
        offer("saphan.v1");
        assertRefused(401, "ticket-required");
        offer("ticket.t-123");
        body.getBuffer().setLength(0);
        servlet.doGet(request, response);
        assertEquals(401, status);
    }

    @Test
    void aRoomThatIsNoBookingReferenceIs404WithoutAskingTheDatabase() throws Exception {
        when(request.getServletPath()).thenReturn("/sessions");
        when(request.getPathInfo()).thenReturn("/not-a-reference");
        assertRefused(404, "not-found");
        verify(gateway.tickets, never()).redeem(anyString(), any(), any());
    }

    @Test
    void aRefusedTicketIs403() throws Exception {
        when(gateway.tickets.redeem("t-123", Channel.NOTIFICATIONS, null)).thenReturn(Optional.empty());
        assertRefused(403, "ticket-refused");
    }

    @Test
    void aFourthFeedSocketIs429() throws Exception {
        Grant grant = TestGateway.feed(7);
        when(gateway.tickets.redeem("t-123", Channel.NOTIFICATIONS, null)).thenReturn(Optional.of(grant));
        for (int i = 0; i < 3; i++) {
            gateway.feeds.connect(7, new FakeSocket().outbox());
        }
        assertRefused(429, "too-many-sockets");
    }

    @Test
    void aValidTicketUpgradesToTheFeedSpeakingSaphanV1() throws Exception {
        Grant grant = TestGateway.feed(7);
        when(gateway.tickets.redeem("t-123", Channel.NOTIFICATIONS, null)).thenReturn(Optional.of(grant));

        servlet.doGet(request, response);

        ArgumentCaptor<ServerEndpointConfig> config = ArgumentCaptor.forClass(ServerEndpointConfig.class);
        verify(container).upgradeHttpToWebSocket(any(), any(), config.capture(), anyMap());
        assertEquals("/notifications", config.getValue().getPath());
        assertEquals(List.of("saphan.v1"), config.getValue().getSubprotocols());
        assertSame(NotificationEndpoint.class, config.getValue().getEndpointClass());
        NotificationEndpoint endpoint = config.getValue().getConfigurator().getEndpointInstance(
                NotificationEndpoint.class);
        FakeSocket socket = new FakeSocket();
        endpoint.onOpen(socket.session, null);
        assertEquals(1, gateway.feeds.connectedCount(7), "the endpoint holds this ticket's grant");
        assertEquals(0, status, "no refusal was written");
    }

    @Test
    void aSessionTicketIsRedeemedForItsRoom() throws Exception {
        when(request.getServletPath()).thenReturn("/sessions");
        when(request.getPathInfo()).thenReturn("/" + TestGateway.BOOKING);
        Grant grant = TestGateway.requester("s-officer");
        when(gateway.tickets.redeem("t-123", Channel.SESSION, TestGateway.BOOKING)).thenReturn(Optional.of(
                grant));

        servlet.doGet(request, response);

        ArgumentCaptor<ServerEndpointConfig> config = ArgumentCaptor.forClass(ServerEndpointConfig.class);
        verify(container).upgradeHttpToWebSocket(any(), any(), config.capture(), anyMap());
        assertEquals("/sessions/" + TestGateway.BOOKING, config.getValue().getPath());
        assertTrue(config.getValue().getConfigurator()
                .getEndpointInstance(SessionEndpoint.class) instanceof SessionEndpoint);
    }

    @Test
    void theUpgradeAnswersTheContainerItselfOnceTheServletHasJudgedTheHandshake() throws Exception {
        NotificationEndpoint endpoint = mock(NotificationEndpoint.class);
        ServerEndpointConfig.Configurator upgrade = new GatewayServlet.Upgrade(endpoint);

        assertSame(endpoint, upgrade.getEndpointInstance(NotificationEndpoint.class));
        assertTrue(upgrade.checkOrigin("whatever"), "the servlet checked the Origin before the upgrade");
        assertEquals(GatewayConfigurator.PROTOCOL, upgrade.getNegotiatedSubprotocol(List.of(),
                List.of("ticket.abc", GatewayConfigurator.PROTOCOL)));
        assertEquals("", upgrade.getNegotiatedSubprotocol(List.of(), List.of("chat")));
        assertEquals(List.of(), upgrade.getNegotiatedExtensions(List.of(), List.of()));
    }
}
