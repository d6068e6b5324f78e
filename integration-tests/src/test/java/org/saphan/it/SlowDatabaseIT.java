package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A slow database and a clock that jumps (issue 11, faults). Saphan reaches its MariaDB through a proxy that delays
 * every packet, so that the offer clock's ticks run long and may overlap; the clock's jump forward is played by moving
 * the wave's offers 20 minutes into the past (as if the server's clock had jumped 20 minutes ahead of them), the jump
 * back by moving the next wave into the future. Each offer still expires once, each wave goes out once, and no call
 * answers 500.
 */
class SlowDatabaseIT {

    private static final int DB_PORT = 3395;
    private static final int PROXY_PORT = 3396;
    private static final int OFFSET = 770;

    private static int count(Connection c, String sql, String reference) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Offers listed in the booking's OFFER_EXPIRE entries, an offer listed twice counted twice. */
    private static int expiries(Connection c, String reference) throws SQLException {
        int listed = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT object_ids FROM audit_entry WHERE action = "
                + "'OFFER_EXPIRE' AND object_type = 'booking' AND object_id = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    listed += rs.getString(1).split(",").length;
                }
            }
        }
        return listed;
    }

    private static int offers(Connection c, String reference) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM offer WHERE booking_reference = ?", reference);
    }

    private static int wave(Connection c, String reference) throws SQLException {
        return count(c, "SELECT current_wave FROM booking WHERE reference = ?", reference);
    }

    @Test
    void offersExpireOnceAndWavesGoOutOnceOnASlowDatabaseWithAJumpingClock() throws Exception {
        try (FaultServer server = new FaultServer("slow-db", DB_PORT, OFFSET);
                LatencyProxy proxy = new LatencyProxy(PROXY_PORT, DB_PORT)) {
            server.through(PROXY_PORT).with("SAPHAN_OFFERS_WAVE_SIZE", "2");
            server.startDatabase();
            server.startWildFly();
            String nok = Tokens.password("nok");
            String ploy = Pool.coordinator();
            for (int i = 1; i <= 4; i++) {
                server.interpreter(ploy, "it-fault-slow-%02d".formatted(i), "kjp", "FEMALE");
            }
            String reference = server.post("/api/bookings", nok, Pool.booking("SCHEDULED", "REMOTE",
                    Pool.daysAhead(5, 3, 0), 60, "kjp", "Bangkok", "IT-SLOW-" + UUID.randomUUID().toString()
                            .substring(0, 6).toUpperCase() + "1"))
                    .json().getString("reference");
            try (Connection c = server.root()) {
                assertEquals(2, offers(c, reference), "the first wave: two offers");
                assertEquals(1, wave(c, reference));
            }

            // the database slows down, and callers keep calling; none may get a 500
            proxy.latency(40);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService callers = Executors.newFixedThreadPool(3);
            for (int i = 0; i < 3; i++) {
                callers.submit(() -> {
                    while (!stop.get()) {
                        try {
                            Http.Answer a = server.get("/api/bookings/" + reference, nok);
                            if (a.status() >= 500) {
                                failures.add(a.status() + " " + a.body());
                            }
                        } catch (AssertionError e) {
                            failures.add("no answer: " + e.getMessage());
                        }
                    }
                    return null;
                });
            }
            try (Connection c = server.root()) {
                // the clock jumps 20 minutes ahead of the first wave: its offers are overdue (timeout 15 minutes)
                try (PreparedStatement s = c.prepareStatement("UPDATE offer SET created_at = created_at - INTERVAL "
                        + "20 MINUTE, expires_at = expires_at - INTERVAL 20 MINUTE WHERE booking_reference = ?")) {
                    s.setString(1, reference);
                    assertEquals(2, s.executeUpdate());
                }
                FaultServer.waitFor(() -> {
                    try {
                        return offers(c, reference) >= 4;
                    } catch (SQLException e) {
                        return false;
                    }
                }, Duration.ofSeconds(60), "the second wave on the slow database");
                // the clock jumps back: the second wave's offers now look as if made in the future
                try (PreparedStatement s = c.prepareStatement("UPDATE offer SET created_at = created_at + INTERVAL "
                        + "1 HOUR, expires_at = expires_at + INTERVAL 1 HOUR WHERE booking_reference = ? "
                        + "AND status = 'OPEN'")) {
                    s.setString(1, reference);
                    assertEquals(2, s.executeUpdate());
                }
                Thread.sleep(25_000); // two more ticks of the offer clock, slow as they are
                stop.set(true);
                callers.shutdown();
                assertTrue(callers.awaitTermination(60, TimeUnit.SECONDS));

                assertEquals(2, expiries(c, reference), "each offer of the first wave expired once");
                assertEquals(4, offers(c, reference), "the second wave went out once, and no third");
                assertEquals(2, wave(c, reference));
                assertEquals(2,
                        count(c, "SELECT COUNT(*) FROM offer WHERE booking_reference = ? AND status = 'EXPIRED'",
                                reference));
                assertEquals(2, count(c, "SELECT COUNT(*) FROM offer WHERE booking_reference = ? AND status = 'OPEN'",
                        reference));
            }
            assertEquals(List.of(), List.copyOf(failures), "no call answered 500 or hung");
            proxy.latency(0);
            assertTrue(server.get("/api/audit/verify", ploy).json().getBoolean("valid"));
        }
    }
}
