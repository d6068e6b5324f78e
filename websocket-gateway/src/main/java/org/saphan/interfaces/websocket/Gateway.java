package org.saphan.interfaces.websocket;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saphan.application.BookingFeedService;
import org.saphan.application.OfferService;
import org.saphan.application.SessionRoomService;
import org.saphan.application.gateway.Grant;
import org.saphan.application.gateway.LiveFeeds;
import org.saphan.domain.model.booking.BookingReference;

/**
 * The gateway's one registry: rooms by booking, the live feeds (the application's {@link LiveFeeds}), and the
 * work that must not run on a socket's I/O thread (database calls), handed to the server's managed executor. Every
 * 30 seconds it asks whether each admitted identity may stay (interpreter still active, room still open) and
 * closes with 1008 those that may not; each socket also closes with 1008 when the token it was admitted with expires.
 */
@ApplicationScoped
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
    private static final Duration RECHECK = Duration.ofSeconds(30);

    @Inject
    SessionRoomService sessions;

    @Inject
    OfferService offers;

    @Inject
    BookingFeedService bookingFeed;

    @Inject
    LiveFeeds feeds;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    private final ConcurrentMap<BookingReference, Room> rooms = new ConcurrentHashMap<>();
    private final ConcurrentMap<SocketOutbox, Grant> admitted = new ConcurrentHashMap<>();
    private ScheduledFuture<?> recheck;

    @PostConstruct
    void start() {
        recheck = executor.scheduleWithFixedDelay(this::recheckAll, RECHECK.toSeconds(), RECHECK.toSeconds(),
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (recheck != null) {
            recheck.cancel(false);
        }
        rooms.values().forEach(r -> r.end(CloseReason.CloseCodes.GOING_AWAY, "server stops"));
    }

    /** A notifications endpoint for this grant, or null when the interpreter holds too many sockets already. */
    Endpoint notificationEndpoint(Grant grant) {
        if (grant.interpreterId() == null) {
            // a requester's (its agency's bookings) or a coordinator's (every booking) feed
            return new StaffFeedEndpoint(grant, this);
        }
        if (feeds.connectedCount(grant.interpreterId()) >= LiveFeeds.MAX_SOCKETS_PER_INTERPRETER) {
            return null;
        }
        return new NotificationEndpoint(grant, this);
    }

    Endpoint sessionEndpoint(Grant grant) {
        return new SessionEndpoint(grant, this);
    }

    LiveFeeds feeds() {
        return feeds;
    }

    SessionRoomService sessions() {
        return sessions;
    }

    OfferService offers() {
        return offers;
    }

    BookingFeedService bookingFeed() {
        return bookingFeed;
    }

    /** The room of a booking, opened by its first participant. */
    Room room(BookingReference booking) {
        return rooms.computeIfAbsent(booking, b -> {
            later(() -> sessions.started(b), "mark booking " + b + " in progress");
            return new Room(b, clock);
        });
    }

    void roomEnded(Room room) {
        rooms.remove(room.booking(), room);
        later(() -> sessions.ended(room.booking()), "complete booking " + room.booking());
    }

    /** The time now, by the application's clock. */
    Instant now() {
        return Instant.now(clock);
    }

    void admit(SocketOutbox outbox, Grant grant) {
        admitted.put(outbox, grant);
        long delay = Math.max(0, Duration.between(now(), grant.identityExpiresAt()).toMillis());
        executor.schedule(() -> outbox.close(CloseReason.CloseCodes.VIOLATED_POLICY, "identity expired"), delay,
                TimeUnit.MILLISECONDS);
    }

    void release(SocketOutbox outbox) {
        admitted.remove(outbox);
    }

    /** Database work off the socket's thread; a failure is logged, never thrown into the relay. */
    void later(Runnable work, String what) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Gateway could not " + what, e);
            }
        });
    }

    private void recheckAll() {
        for (Map.Entry<SocketOutbox, Grant> e : admitted.entrySet()) {
            try {
                if (!e.getKey().isOpen()) {
                    admitted.remove(e.getKey());
                } else if (!sessions.mayStay(e.getValue())) {
                    e.getKey().close(CloseReason.CloseCodes.VIOLATED_POLICY, "no longer admitted");
                }
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Could not recheck a socket's admission", ex);
            }
        }
        rooms.values().removeIf(Room::isEmptyAndIdle);
    }
}
