package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention: a finished booking whose start lies beyond the retention period loses its place, note, contact and
 * reason; the booking stays, its log entry says who did it (Saphan), and the confidentiality log still verifies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    @Test
    void oldFinishedBookingsArePseudonymisedAndTheLogStillVerifies() throws Exception {
        String somchai = Tokens.password("somchai");
        String code = "IT-RET-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
        String reference = Pool.create(somchai, Pool.booking("SCHEDULED", "ON_SITE", Pool.daysAhead(12, 3, 0), 60,
                "lao", "Tak", code)).getString("reference");
        Http.Answer cancelled = Http.post("/api/bookings/" + reference + "/cancel", somchai,
                "{\"reason\":\"The person returned home before the interview\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        // as if it had happened two years ago: only the clock of the database is moved, as root
        try (Connection root = DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "root", "");
                PreparedStatement s = root.prepareStatement("UPDATE booking SET starts_at = "
                        + "DATE_SUB(starts_at, INTERVAL 800 DAY) WHERE reference = ?")) {
            s.setString(1, reference);
            assertEquals(1, s.executeUpdate());
            // a booking moved into a closed day outside the application: the coverage roll-up counts that day again
            root.createStatement().executeUpdate("DELETE FROM coverage_rolled_day");
        }

        JsonObject after = null;
        for (int i = 0; i < 40; i++) {
            after = Http.get("/api/bookings/" + reference, Pool.coordinator()).json();
            if (!after.containsKey("place")) {
                break;
            }
            Thread.sleep(500);
        }
        assertFalse(after.containsKey("place"), "the place is gone: " + after);
        assertFalse(after.containsKey("noteForInterpreter"), after.toString());
        assertFalse(after.containsKey("requesterContact"), after.toString());
        assertFalse(after.containsKey("statusReason"), after.toString());
        assertEquals("CANCELLED", after.getString("status"), "the booking itself stays");
        assertEquals(code, after.getString("caseCode"));

        try (Connection app = DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it",
                "saphan-it");
                PreparedStatement s = app.prepareStatement("SELECT actor_subject FROM audit_entry "
                        + "WHERE action = 'BOOKING_PSEUDONYMISE' AND object_id = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the log says it happened");
                assertEquals("system", rs.getString(1));
            }
        }
        JsonObject verified = Http.get("/api/audit/verify", Pool.coordinator()).json();
        assertTrue(verified.getBoolean("valid"), verified.toString());
    }
}
