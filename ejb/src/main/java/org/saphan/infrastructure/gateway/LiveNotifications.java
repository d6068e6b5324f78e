package org.saphan.infrastructure.gateway;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.CloseReason;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import org.saphan.application.events.BookingAssigned;
import org.saphan.application.events.BookingCancelled;
import org.saphan.application.events.NobodyOnCall;
import org.saphan.application.events.OfferMade;
import org.saphan.application.events.OfferWithdrawn;

/**
 * Interpreters' live feeds: which sockets belong to which interpreter, and the pushes that follow what the
 * application did. Every push happens after the transaction committed ({@code AFTER_SUCCESS}), so nobody hears of
 * an offer that was rolled back.
 */
@ApplicationScoped
public class LiveNotifications {

    private static final Logger LOG = Logger.getLogger(LiveNotifications.class.getName());
    /** Sockets one interpreter may hold at once (a phone, a tablet, a reconnect in flight). */
    public static final int MAX_SOCKETS_PER_INTERPRETER = 3;

    /** Coordinators' sockets at once, all coordinators together. */
    public static final int MAX_COORDINATOR_SOCKETS = 50;

    private final ConcurrentMap<Long, Set<SocketOutbox>> sockets = new ConcurrentHashMap<>();
    private final Set<SocketOutbox> coordinators = ConcurrentHashMap.newKeySet();
    private final Jsonb jsonb = JsonbBuilder.create();

    /** @return false when the interpreter already holds the most sockets it may */
    public boolean connect(long interpreterId, SocketOutbox outbox) {
        boolean[] added = {false};
        sockets.compute(interpreterId, (id, set) -> {
            Set<SocketOutbox> s = set == null ? ConcurrentHashMap.newKeySet() : set;
            s.removeIf(o -> !o.session().isOpen());
            if (s.size() < MAX_SOCKETS_PER_INTERPRETER) {
                added[0] = s.add(outbox);
            }
            return s;
        });
        return added[0];
    }

    /** @return false when the coordinators already hold the most sockets they may */
    public boolean connectCoordinator(SocketOutbox outbox) {
        synchronized (coordinators) {
            coordinators.removeIf(o -> !o.session().isOpen());
            return coordinators.size() < MAX_COORDINATOR_SOCKETS && coordinators.add(outbox);
        }
    }

    public void disconnectCoordinator(SocketOutbox outbox) {
        coordinators.remove(outbox);
    }

    public int connectedCount(long interpreterId) {
        Set<SocketOutbox> s = sockets.get(interpreterId);
        return s == null ? 0 : (int) s.stream().filter(o -> o.session().isOpen()).count();
    }

    public void disconnect(long interpreterId, SocketOutbox outbox) {
        sockets.computeIfPresent(interpreterId, (id, set) -> {
            set.remove(outbox);
            return set.isEmpty() ? null : set;
        });
    }

    /** Every socket of every interpreter, for the periodic check that their identities may stay. */
    public Map<Long, Set<SocketOutbox>> all() {
        return sockets;
    }

    void offerMade(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferMade event) {
        push(event.interpreterId(), message("offer", "offer", event.offer()));
    }

    void offerWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferWithdrawn event) {
        push(event.interpreterId(), message("offer-withdrawn", "offerId", event.offerId()));
    }

    void assigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingAssigned event) {
        push(event.interpreterId(), message("assigned", "booking", event.booking()));
    }

    void cancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingCancelled event) {
        push(event.interpreterId(), message("cancelled", "booking", event.reference()));
    }

    void nobodyOnCall(@Observes(during = TransactionPhase.AFTER_SUCCESS) NobodyOnCall event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "nobody-on-call");
        m.put("booking", event.booking());
        m.put("qualifiedOffCall", event.qualifiedOffCall());
        String json = jsonb.toJson(m);
        for (SocketOutbox outbox : coordinators) {
            outbox.sendText(json);
        }
    }

    public String message(String type, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put(key, value);
        return jsonb.toJson(m);
    }

    private void push(long interpreterId, String json) {
        Set<SocketOutbox> targets = sockets.get(interpreterId);
        if (targets == null) {
            return;
        }
        for (SocketOutbox outbox : targets) {
            outbox.sendText(json);
        }
    }

    @PreDestroy
    void closeAll() {
        sockets.values().forEach(set -> set.forEach(o -> o.close(CloseReason.CloseCodes.GOING_AWAY, "server stops")));
        coordinators.forEach(o -> o.close(CloseReason.CloseCodes.GOING_AWAY, "server stops"));
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.fine(() -> "Closing JSON-B: " + e);
        }
    }
}
