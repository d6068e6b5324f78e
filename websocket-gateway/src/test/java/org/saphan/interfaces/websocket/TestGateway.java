package org.saphan.interfaces.websocket;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.saphan.application.BookingFeedService;
import org.saphan.application.OfferService;
import org.saphan.application.SessionRoomService;
import org.saphan.application.TicketService;
import org.saphan.application.gateway.Grant;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.session.Channel;
import org.saphan.infrastructure.gateway.LiveNotifications;

/**
 * A {@link Gateway} as the container would make it, for unit tests: the real registry and the real live feeds (the
 * ejb's implementation of the port, spied on), stand-ins for the application services (the database side), a clock
 * the test moves, and an executor that runs handed-off work at once and keeps scheduled work for the test to run when
 * it chooses.
 */
final class TestGateway {

    static final BookingReference BOOKING = BookingReference.parse("SPH-2026-000123");
    /** Where every test gateway's clock starts; the grants' expiries count from it. */
    static final Instant START = Instant.now();

    record Scheduled(Runnable task, long delayMillis, ScheduledFuture<?> future) {
    }

    final Gateway gateway = new Gateway();
    final SessionRoomService sessions = mock(SessionRoomService.class);
    final OfferService offers = mock(OfferService.class);
    final TicketService tickets = mock(TicketService.class);
    final BookingFeedService bookingFeed = mock(BookingFeedService.class);
    final LiveNotifications feeds = spy(new LiveNotifications());
    final MovableClock clock = new MovableClock(START);
    final List<Scheduled> scheduled = new CopyOnWriteArrayList<>();
    Runnable recheck;

    TestGateway() {
        ManagedScheduledExecutorService executor = mock(ManagedScheduledExecutorService.class);
        doAnswer(i -> {
            i.<Runnable>getArgument(0).run();
            return null;
        }).when(executor).execute(any(Runnable.class));
        when(executor.schedule(any(Runnable.class), anyLong(), any(TimeUnit.class))).thenAnswer(i -> {
            ScheduledFuture<?> future = mock(ScheduledFuture.class);
            scheduled.add(new Scheduled(i.getArgument(0), i.<TimeUnit>getArgument(2).toMillis(i.getArgument(1)),
                    future));
            return future;
        });
        when(executor.scheduleWithFixedDelay(any(Runnable.class), anyLong(), anyLong(), any(TimeUnit.class)))
                .thenAnswer(i -> {
                    recheck = i.getArgument(0);
                    return null;
                });
        gateway.sessions = sessions;
        gateway.offers = offers;
        gateway.bookingFeed = bookingFeed;
        gateway.feeds = feeds;
        gateway.clock = clock;
        gateway.executor = executor;
        gateway.start();
    }

    /** One whole recheck period: every pass of it, in order. */
    void recheckPeriod() {
        for (int i = 0; i < Gateway.RECHECK_SLICES; i++) {
            recheck.run();
        }
    }

    static Grant requester(String subject) {
        return new Grant(Channel.SESSION, BOOKING, subject, "user-" + subject, Grant.REQUESTER, "RTP-ATPD", null,
                START.plusSeconds(3600));
    }

    static Grant interpreterInRoom(String subject, long interpreterId) {
        return new Grant(Channel.SESSION, BOOKING, subject, "user-" + subject, Grant.INTERPRETER, null,
                interpreterId,
                START.plusSeconds(3600));
    }

    static Grant guest(String admission) {
        return new Grant(Channel.SESSION, BOOKING, admission, null, Grant.GUEST, null, null,
                START.plusSeconds(900));
    }

    static Grant staffFeed(String role, String subject, String agency) {
        return new Grant(Channel.NOTIFICATIONS, null, subject, "user-" + subject, role, agency, null,
                START.plusSeconds(
                        3600));
    }

    static Grant feed(long interpreterId) {
        return new Grant(Channel.NOTIFICATIONS, null, "sub-i" + interpreterId, "interp-" + interpreterId,
                Grant.INTERPRETER, null,
                interpreterId, START.plusSeconds(3600));
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the gateway's clock is UTC");
        }
    }
}
