package org.saphan.interfaces.websocket;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.Extension;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.application.TicketService;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.session.Channel;

/**
 * The gate in front of every socket. It checks the Origin and redeems the ticket (given as the subprotocol
 * {@code ticket.<ticket>}) before any upgrade, then upgrades with the Jakarta WebSocket 2.1 API to an endpoint that
 * holds the grant. A handshake without a valid ticket, with a spent or expired one, one for another room, or from a
 * foreign Origin never gets its 101.
 */
@WebServlet(name = "gateway", urlPatterns = {"/notifications", "/sessions/*"})
public class GatewayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger ACCESS = Logger.getLogger("org.saphan.access");

    @Inject
    transient TicketService tickets;

    @Inject
    transient Gateway gateway;

    transient AllowedOrigins origins;

    @Override
    public void init() {
        origins = AllowedOrigins.configured();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            refuse(response, 400, "websocket-only", "This address speaks WebSocket only.", request, "not an upgrade");
            return;
        }
        if (!origins.allows(request.getHeader("Origin"))) {
            refuse(response, 403, "forbidden-origin", "This page may not open Saphan's sockets.", request,
                    "Origin " + GatewayConfigurator.sanitise(request.getHeader("Origin")));
            return;
        }
        List<String> protocols = Handshakes.subprotocols(request.getHeaders("Sec-WebSocket-Protocol"));
        Optional<String> ticket = Handshakes.ticket(protocols);
        if (!protocols.contains(GatewayConfigurator.PROTOCOL) || ticket.isEmpty()) {
            refuse(response, 401, "ticket-required", "Open the socket with the subprotocols saphan.v1 and "
                    + "ticket.<ticket from POST /api/gateway-tickets>.", request, "no ticket");
            return;
        }
        boolean notifications = "/notifications".equals(request.getServletPath());
        BookingReference booking = null;
        if (!notifications) {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            Optional<BookingReference> room = BookingReference.tryParse(path);
            if (room.isEmpty()) {
                refuse(response, 404, "not-found", "There is no such room.", request, "no room " + path.length());
                return;
            }
            booking = room.get();
        }
        Channel channel = notifications ? Channel.NOTIFICATIONS : Channel.SESSION;
        Optional<Grant> grant = tickets.redeem(ticket.get(), channel, booking);
        if (grant.isEmpty()) {
            refuse(response, 403, "ticket-refused", "The ticket is not valid for this socket: it was used, expired, "
                    + "or issued for another room.", request, "ticket refused");
            return;
        }
        Endpoint endpoint = notifications
                ? gateway.notificationEndpoint(grant.get())
                : gateway.sessionEndpoint(grant.get());
        if (endpoint == null) {
            refuse(response, 429, "too-many-sockets", "You have too many sockets open; close one first.", request,
                    "socket cap for subject " + grant.get().subject());
            return;
        }
        ServerEndpointConfig config = ServerEndpointConfig.Builder
                .create(endpoint.getClass(), request.getServletPath() + (booking == null ? "" : "/" + booking.value()))
                .subprotocols(List.of(GatewayConfigurator.PROTOCOL))
                .configurator(new Upgrade(endpoint))
                .build();
        ServerContainer container = (ServerContainer) getServletContext()
                .getAttribute(ServerContainer.class.getName());
        try {
            container.upgradeHttpToWebSocket(request, response, config, Map.of());
        } catch (DeploymentException e) {
            throw new ServletException("WebSocket upgrade failed", e);
        }
    }

    /**
     * The upgrade of one handshake that this servlet has already judged (Origin, subprotocol, ticket): it hands over
     * the endpoint made for it and answers the container's questions itself. The base class would ask the container's
     * default configurator each time, which {@code ServiceLoader} looks up anew and which in WildFly walks the
     * deployment's jars: the largest single cost of connecting 10,000 feeds (bench/README.md, offer push JFR).
     */
    static final class Upgrade extends ServerEndpointConfig.Configurator {

        private final Endpoint endpoint;

        Upgrade(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getEndpointInstance(Class<T> type) {
            return (T) endpoint;
        }

        /** Checked by the servlet against Saphan's own pages before the upgrade began. */
        @Override
        public boolean checkOrigin(String originHeaderValue) {
            return true;
        }

        @Override
        public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
            return GatewayConfigurator.negotiated(requested);
        }

        /** No extension is spoken (per-message deflate is off: frames are relayed as they came). */
        @Override
        public List<Extension> getNegotiatedExtensions(List<Extension> installed, List<Extension> requested) {
            return List.of();
        }

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request,
                HandshakeResponse response) {
            // nothing to add: the ticket was redeemed before the upgrade
        }
    }

    private static void refuse(HttpServletResponse response, int status, String error, String message,
            HttpServletRequest request, String why) throws IOException {
        ACCESS.info(
                () -> "Refused WebSocket handshake to " + request.getServletPath() + " with " + status + ": " + why);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
