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
import java.util.concurrent.atomic.AtomicInteger;
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
 * The recheck runs as a pass a second over a thirtieth of the sockets rather than over all of them at once: the same
 * questions every 30 seconds, but never a burst of hundreds of transactions (about 1.6 ms of CPU each) competing with
 * the relay for the core at once.
 */
@ApplicationScoped
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
    private static final Duration RECHECK = Duration.ofSeconds(30);
    /** Passes per recheck period: each socket belongs to one of them, given in turn as sockets are admitted. */
    static final int RECHECK_SLICES = 30;

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
    private final ConcurrentMap<SocketOutbox, Admission> admitted = new ConcurrentHashMap<>();
    private final AtomicInteger admissions = new AtomicInteger();
    /** The passes made; only the one scheduled task touches it, and a fixed-delay task never overlaps itself. */
    private long passes;
    private ScheduledFuture<?> recheck;

    /**
     * An admitted socket's grant, the pass of the recheck period that asks about it, and the close planned for when
     * its token expires (cancelled when the socket goes first, so a closed socket is not kept until then).
     */
    private record Admission(Grant grant, int slice, ScheduledFuture<?> expiry) {
    }

    @PostConstruct
    void start() {
        long every = RECHECK.toMillis() / RECHECK_SLICES;
        recheck = executor.scheduleWithFixedDelay(this::recheckSlice, every, every, TimeUnit.MILLISECONDS);
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
        long delay = Math.max(0, Duration.between(now(), grant.identityExpiresAt()).toMillis());
        ScheduledFuture<?> expiry = executor.schedule(
                () -> outbox.close(CloseReason.CloseCodes.VIOLATED_POLICY, "identity expired"), delay,
                TimeUnit.MILLISECONDS);
        admitted.put(outbox, new Admission(grant, Math.floorMod(admissions.getAndIncrement(), RECHECK_SLICES),
                expiry));
    }

    void release(SocketOutbox outbox) {
        Admission admission = admitted.remove(outbox);
        if (admission != null) {
            admission.expiry().cancel(false);
        }
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

    /** One pass: the sockets of this slice of the period are asked about; the last pass also drops idle rooms. */
    private void recheckSlice() {
        int slice = (int) (passes++ % RECHECK_SLICES);
        for (Map.Entry<SocketOutbox, Admission> e : admitted.entrySet()) {
            if (e.getValue().slice() != slice) {
                continue;
            }
            try {
                if (!e.getKey().isOpen()) {
                    release(e.getKey());
                } else if (!sessions.mayStay(e.getValue().grant())) {
                    e.getKey().close(CloseReason.CloseCodes.VIOLATED_POLICY, "no longer admitted");
                }
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Could not recheck a socket's admission", ex);
            }
        }
        if (slice == RECHECK_SLICES - 1) {
            rooms.values().removeIf(Room::isEmptyAndIdle);
        }
    }
}
