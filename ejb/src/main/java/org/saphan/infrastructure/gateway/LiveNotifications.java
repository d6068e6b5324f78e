package org.saphan.infrastructure.gateway;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import jakarta.inject.Inject;
import java.util.logging.Level;
import org.saphan.application.BookingFeedService;
import org.saphan.application.BookingFeedService.FeedUpdate;
import org.saphan.application.events.BookingAssigned;
import org.saphan.application.events.BookingCancelled;
import org.saphan.application.events.NobodyOnCall;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.gateway.Grant;
import org.saphan.application.events.OfferMade;
import org.saphan.application.events.OfferWithdrawn;
import org.saphan.infrastructure.cluster.OfferOrder;

/**
 * The live feeds: which sockets belong to which interpreter, to which agency's requesters and to the coordinators,
 * and the pushes that follow what the application did. Every push happens after the transaction committed
 * ({@code AFTER_SUCCESS}), so nobody hears of an offer that was rolled back. Staff hear of a booking as their role
 * may see it ({@code BookingViews}): requesters only of their own agency's.
 */
@ApplicationScoped
public class LiveNotifications {

    private static final Logger LOG = Logger.getLogger(LiveNotifications.class.getName());
    /** Sockets one interpreter may hold at once (a phone, a tablet, a reconnect in flight). */
    public static final int MAX_SOCKETS_PER_INTERPRETER = 3;

    /** Sockets one requester or coordinator (by subject) may hold at once: a few tabs and phones. */
    public static final int MAX_SOCKETS_PER_STAFF = 5;
    private static final String COORDINATORS = "coordinators";

    private final ConcurrentMap<Long, Set<SocketOutbox>> sockets = new ConcurrentHashMap<>();
    /** Staff sockets by audience: "agency:&lt;code&gt;" for requesters, "coordinators"; each with its subject. */
    private final ConcurrentMap<String, ConcurrentMap<SocketOutbox, String>> staff = new ConcurrentHashMap<>();

    @Inject
    BookingFeedService feed;

    @Resource
    ManagedExecutorService executor;

    /** No withdrawal is overtaken by its offer; other nodes' events arrive through the cluster relay. */
    @Inject
    OfferOrder order;

    /** Bookings whose new state is waiting to be read and pushed. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Object[] locks = new Object[64];

    {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }
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

    private static String audience(Grant grant) {
        return Grant.COORDINATOR.equals(grant.role()) ? COORDINATORS : "agency:" + grant.agency();
    }

    /** @return false when this requester or coordinator already holds the most sockets it may */
    public boolean connectStaff(Grant grant, SocketOutbox outbox) {
        boolean[] added = {false};
        staff.compute(audience(grant), (key, map) -> {
            ConcurrentMap<SocketOutbox, String> m = map == null ? new ConcurrentHashMap<>() : map;
            m.keySet().removeIf(o -> !o.session().isOpen());
            long mine = m.values().stream().filter(grant.subject()::equals).count();
            if (mine < MAX_SOCKETS_PER_STAFF) {
                m.put(outbox, grant.subject());
                added[0] = true;
            }
            return m;
        });
        return added[0];
    }

    public void disconnectStaff(Grant grant, SocketOutbox outbox) {
        staff.computeIfPresent(audience(grant), (key, map) -> {
            map.remove(outbox);
            return map.isEmpty() ? null : map;
        });
    }

    /** Every socket of every interpreter, for the periodic check that their identities may stay. */
    public Map<Long, Set<SocketOutbox>> all() {
        return sockets;
    }

    void offerMade(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferMade event) {
        order.offer(event.offerId(), () -> push(event.interpreterId(), message("offer", "offer", event.offer())));
    }

    void offerWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferWithdrawn event) {
        order.withdrawal(event.offerId(),
                () -> push(event.interpreterId(), message("offer-withdrawn", "offerId", event.offerId())));
    }

    void assigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingAssigned event) {
        push(event.interpreterId(), message("assigned", "booking", event.booking()));
    }

    void cancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingCancelled event) {
        push(event.interpreterId(), message("cancelled", "booking", event.reference()));
    }

    /** Someone is waiting and nobody qualified is on call: every coordinator's feed raises it. */
    void nobodyOnCall(@Observes(during = TransactionPhase.AFTER_SUCCESS) NobodyOnCall event) {
        pushToCoordinators(nobodyOnCallMessage(event));
    }

    public String nobodyOnCallMessage(NobodyOnCall event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "nobody-on-call");
        m.put("booking", event.booking());
        m.put("qualifiedOffCall", event.qualifiedOffCall());
        return jsonb.toJson(m);
    }

    public void pushToCoordinators(String json) {
        ConcurrentMap<SocketOutbox, String> coordinators = staff.get(COORDINATORS);
        if (coordinators != null) {
            coordinators.keySet().forEach(o -> o.sendText(json));
        }
    }

    /**
     * A booking changed: its agency's requesters and the coordinators get it as they may see it. The views are read
     * after the commit, in a transaction of their own, so they show the state that is now true.
     */
    public void bookingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingChanged event) {
        if (staff.isEmpty() || !pending.add(event.reference())) {
            return; // nobody listens, or a read of this booking is queued already and will see this change too
        }
        // not on this thread: its transaction has completed but is still bound to it, so a read here would fail
        executor.execute(() -> {
            pending.remove(event.reference());
            // one read and push per booking at a time: the later push always carries the later state
            synchronized (locks[Math.floorMod(event.reference().hashCode(), locks.length)]) {
                try {
                    feed.update(event.reference()).ifPresent(this::pushToStaff);
                } catch (RuntimeException e) {
                    // the change itself stands; a page that missed it gets the current state on its next connect
                    LOG.log(Level.WARNING, "Could not push booking " + event.reference() + " to the staff feeds", e);
                }
            }
        });
    }

    private void pushToStaff(FeedUpdate update) {
        ConcurrentMap<SocketOutbox, String> requesters = staff.get("agency:" + update.agency());
        if (requesters != null) {
            String json = message("booking", "booking", update.requesterView());
            requesters.keySet().forEach(o -> o.sendText(json));
        }
        ConcurrentMap<SocketOutbox, String> coordinators = staff.get(COORDINATORS);
        if (coordinators != null) {
            String json = message("booking", "booking", update.coordinatorView());
            coordinators.keySet().forEach(o -> o.sendText(json));
        }
    }

    public String message(String type, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put(key, value);
        return jsonb.toJson(m);
    }

    public void push(long interpreterId, String json) {
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
        staff.values().forEach(map -> map.keySet().forEach(o -> o.close(CloseReason.CloseCodes.GOING_AWAY,
                "server stops")));
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.fine(() -> "Closing JSON-B: " + e);
        }
    }
}
