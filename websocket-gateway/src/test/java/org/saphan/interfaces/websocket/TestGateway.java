package org.saphan.interfaces.websocket;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.saphan.application.BookingFeedService;
import org.saphan.application.GatewayAccessService;
import org.saphan.application.gateway.Grant;
import org.saphan.infrastructure.gateway.LiveNotifications;

/**
 * A {@link Gateway} as the container would make it, for unit tests: the real registry and the real live feeds, a
 * stand-in for the access service (the database side), and an executor that runs handed-off work at once and keeps
 * scheduled work for the test to run when it chooses.
 */
final class TestGateway {

    static final String BOOKING = "SPH-2026-000123";

    record Scheduled(Runnable task, long delayMillis) {
    }

    final Gateway gateway = new Gateway();
    final GatewayAccessService access = mock(GatewayAccessService.class);
    final BookingFeedService bookingFeed = mock(BookingFeedService.class);
    final LiveNotifications notifications = new LiveNotifications();
    final List<Scheduled> scheduled = new CopyOnWriteArrayList<>();
    Runnable recheck;

    TestGateway() {
        ManagedScheduledExecutorService executor = mock(ManagedScheduledExecutorService.class);
        doAnswer(i -> {
            i.<Runnable>getArgument(0).run();
            return null;
        }).when(executor).execute(any(Runnable.class));
        when(executor.schedule(any(Runnable.class), anyLong(), any(TimeUnit.class))).thenAnswer(i -> {
            scheduled.add(new Scheduled(i.getArgument(0), i.<TimeUnit>getArgument(2).toMillis(i.getArgument(1))));
            return null;
        });
        when(executor.scheduleWithFixedDelay(any(Runnable.class), anyLong(), anyLong(), any(TimeUnit.class)))
                .thenAnswer(i -> {
                    recheck = i.getArgument(0);
                    return null;
                });
        gateway.access = access;
        gateway.bookingFeed = bookingFeed;
        gateway.notifications = notifications;
        gateway.executor = executor;
        gateway.start();
    }

    static Grant requester(String subject) {
        return new Grant(Grant.Channel.SESSION, BOOKING, subject, "user-" + subject, Grant.REQUESTER, "RTP-ATPD", null,
                Instant.now().plusSeconds(3600));
    }

    static Grant interpreterInRoom(String subject, long interpreterId) {
        return new Grant(Grant.Channel.SESSION, BOOKING, subject, "user-" + subject, Grant.INTERPRETER, null,
                interpreterId,
                Instant.now().plusSeconds(3600));
    }

    static Grant guest(String admission) {
        return new Grant(Grant.Channel.SESSION, BOOKING, admission, null, Grant.GUEST, null, null,
                Instant.now().plusSeconds(900));
    }

    static Grant staffFeed(String role, String subject, String agency) {
        return new Grant(Grant.Channel.NOTIFICATIONS, null, subject, "user-" + subject, role, agency, null,
                Instant.now().plusSeconds(
                        3600));
    }

    static Grant feed(long interpreterId) {
        return new Grant(Grant.Channel.NOTIFICATIONS, null, "sub-i" + interpreterId, "interp-" + interpreterId,
                Grant.INTERPRETER, null,
                interpreterId, Instant.now().plusSeconds(3600));
    }
}
