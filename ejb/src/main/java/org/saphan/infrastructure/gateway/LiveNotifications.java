package org.saphan.infrastructure.gateway;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import org.saphan.application.events.NobodyOnCall;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.gateway.FeedSocket;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.LiveFeeds;
import org.saphan.infrastructure.cluster.OfferOrder;

/**
 * The live feeds: which sockets belong to which interpreter, to which agency's requesters and to the coordinators,
 * and the pushes to them. What to push comes after the transaction committed ({@code AFTER_SUCCESS}), from
 * {@link LiveNotices} for this node's changes and from the cluster relay for another node's, so nobody hears of an
 * offer that was rolled back. Staff hear of a booking as their role may see it ({@code BookingViews}): requesters only
 * of their own agency's. The application's port {@link LiveFeeds}: the gateway registers its sockets here as
 * {@link FeedSocket}s and never sees this class.
 */
@ApplicationScoped
public class LiveNotifications implements LiveFeeds {

    private static final Logger LOG = Logger.getLogger(LiveNotifications.class.getName());
    private static final String COORDINATORS = "coordinators";

    private final ConcurrentMap<Long, Set<FeedSocket>> sockets = new ConcurrentHashMap<>();
    /** Staff sockets by audience: "agency:&lt;code&gt;" for requesters, "coordinators"; each with its subject. */
    private final ConcurrentMap<String, ConcurrentMap<FeedSocket, String>> staff = new ConcurrentHashMap<>();

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

    @Override
    public boolean connect(long interpreterId, FeedSocket socket) {
        boolean[] added = {false};
        sockets.compute(interpreterId, (id, set) -> {
            Set<FeedSocket> s = set == null ? ConcurrentHashMap.newKeySet() : set;
            s.removeIf(o -> !o.isOpen());
            if (s.size() < MAX_SOCKETS_PER_INTERPRETER) {
                added[0] = s.add(socket);
            }
            return s;
        });
        return added[0];
    }

    @Override
    public int connectedCount(long interpreterId) {
        Set<FeedSocket> s = sockets.get(interpreterId);
        return s == null ? 0 : (int) s.stream().filter(FeedSocket::isOpen).count();
    }

    @Override
    public void disconnect(long interpreterId, FeedSocket socket) {
        sockets.computeIfPresent(interpreterId, (id, set) -> {
            set.remove(socket);
            return set.isEmpty() ? null : set;
        });
    }

    private static String audience(Grant grant) {
        return Grant.COORDINATOR.equals(grant.role()) ? COORDINATORS : "agency:" + grant.agency();
    }

    @Override
    public boolean connectStaff(Grant grant, FeedSocket socket) {
        boolean[] added = {false};
        staff.compute(audience(grant), (key, map) -> {
            ConcurrentMap<FeedSocket, String> m = map == null ? new ConcurrentHashMap<>() : map;
            m.keySet().removeIf(o -> !o.isOpen());
            long mine = m.values().stream().filter(grant.subject()::equals).count();
            if (mine < MAX_SOCKETS_PER_STAFF) {
                m.put(socket, grant.subject());
                added[0] = true;
            }
            return m;
        });
        return added[0];
    }

    @Override
    public void disconnectStaff(Grant grant, FeedSocket socket) {
        staff.computeIfPresent(audience(grant), (key, map) -> {
            map.remove(socket);
            return map.isEmpty() ? null : map;
        });
    }

    /** An offer to this node's sockets of its interpreter, unless its withdrawal came first ({@link OfferOrder}). */
    public void pushOffer(long interpreterId, long offerId, String json) {
        order.offer(offerId, () -> push(interpreterId, json));
    }

    /** A withdrawal, remembered first so that a late offer is dropped, then pushed. */
    public void pushWithdrawal(long interpreterId, long offerId, String json) {
        order.withdrawal(offerId, () -> push(interpreterId, json));
    }

    public String nobodyOnCallMessage(NobodyOnCall event) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "nobody-on-call");
        m.put("booking", event.booking());
        m.put("qualifiedOffCall", event.qualifiedOffCall());
        return jsonb.toJson(m);
    }

    public void pushToCoordinators(String json) {
        ConcurrentMap<FeedSocket, String> coordinators = staff.get(COORDINATORS);
        if (coordinators != null) {
            coordinators.keySet().forEach(o -> o.sendText(json));
        }
    }

    /**
     * A booking changed: its agency's requesters and the coordinators get it as they may see it. The views are read
     * after the commit, in a transaction of their own, so they show the state that is now true. Called after the
     * commit, by {@link LiveNotices} on this node and by the cluster relay for another node's change.
     */
    public void bookingChanged(BookingChanged event) {
        String reference = event.reference().value();
        if (staff.isEmpty() || !pending.add(reference)) {
            return; // nobody listens, or a read of this booking is queued already and will see this change too
        }
        // not on this thread: its transaction has completed but is still bound to it, so a read here would fail
        executor.execute(() -> {
            pending.remove(reference);
            // one read and push per booking at a time: the later push always carries the later state
            synchronized (locks[Math.floorMod(reference.hashCode(), locks.length)]) {
                try {
                    feed.update(event.reference()).ifPresent(this::pushToStaff);
                } catch (RuntimeException e) {
                    // the change itself stands; a page that missed it gets the current state on its next connect
                    LOG.log(Level.WARNING, "Could not push booking " + reference + " to the staff feeds", e);
                }
            }
        });
    }

    private void pushToStaff(FeedUpdate update) {
        ConcurrentMap<FeedSocket, String> requesters = staff.get("agency:" + update.agency());
        if (requesters != null) {
            String json = message("booking", "booking", update.requesterView());
            requesters.keySet().forEach(o -> o.sendText(json));
        }
        ConcurrentMap<FeedSocket, String> coordinators = staff.get(COORDINATORS);
        if (coordinators != null) {
            String json = message("booking", "booking", update.coordinatorView());
            coordinators.keySet().forEach(o -> o.sendText(json));
        }
    }

    @Override
    public String message(String type, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put(key, value);
        return jsonb.toJson(m);
    }

    public void push(long interpreterId, String json) {
        Set<FeedSocket> targets = sockets.get(interpreterId);
        if (targets == null) {
            return;
        }
        for (FeedSocket socket : targets) {
            socket.sendText(json);
        }
    }

    @PreDestroy
    void closeAll() {
        sockets.values().forEach(set -> set.forEach(FeedSocket::serverStops));
        staff.values().forEach(map -> map.keySet().forEach(FeedSocket::serverStops));
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.fine(() -> "Closing JSON-B: " + e);
        }
    }
}
