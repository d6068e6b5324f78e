package org.saphan.interfaces.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading what a WebSocket handshake asks for: the subprotocols, among them the ticket. */
final class Handshakes {

    static final String TICKET_PREFIX = "ticket.";

    private Handshakes() {
    }

    /** The subprotocols of all Sec-WebSocket-Protocol headers, in order. */
    static List<String> subprotocols(java.util.Enumeration<String> headers) {
        List<String> protocols = new ArrayList<>();
        while (headers != null && headers.hasMoreElements()) {
            for (String p : headers.nextElement().split(",")) {
                String trimmed = p.trim();
                if (!trimmed.isEmpty()) {
                    protocols.add(trimmed);
                }
            }
        }
        return protocols;
    }

    static Optional<String> ticket(List<String> protocols) {
        return protocols.stream()
                .filter(p -> p.startsWith(TICKET_PREFIX))
                .map(p -> p.substring(TICKET_PREFIX.length()))
                .findFirst();
    }
}
