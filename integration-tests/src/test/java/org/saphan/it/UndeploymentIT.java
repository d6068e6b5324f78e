package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saphan undeployed while refusals of callers without a valid token are still being folded: the repeats counted so
 * far reach the confidentiality log as they stop, before the log itself stops, instead of being lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UndeploymentIT {

    private static final String EAR = "saphan";
    /** The IT's fold window (SAPHAN_AUDIT_FOLD_SECONDS in the integration-tests pom). */
    private static final Duration WINDOW = Duration.ofSeconds(5);

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    @ArquillianResource
    Deployer deployer;

    private static long headSequence() throws SQLException {
        try (Connection c = DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it",
                "saphan-it");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT last_seq FROM audit_head WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How often the server log says that folded refusals could not be recorded. */
    private static long lostInServerLog() throws Exception {
        try (var lines = Files.lines(ItConfig.root().resolve("ear/target/server/standalone/log/server.log"))) {
            return lines.filter(l -> l.contains("folded refusals in the audit log")).count();
        }
    }

    @Test
    void foldedRefusalsStillOpenWhenSaphanStopsReachTheLog() throws Exception {
        long lostBefore = lostInServerLog();
        deployer.deploy(EAR);
        boolean deployed = true;
        try {
            String nok = Tokens.password("nok");
            String badToken = nok + "x"; // its signature no longer matches
            // warmed up first (the token check, the error page, the log), on another path: its own fold window
            assertEquals(200, Http.get("/api/me", nok).status());
            assertEquals(401, Http.get("/api/bookings", badToken).status());
            long before = headSequence();
            Instant first = Instant.now();
            for (int i = 0; i < 5; i++) {
                assertEquals(401, Http.get("/api/me", badToken).status());
            }
            deployer.undeploy(EAR);
            deployed = false;
            assertTrue(Instant.now().isBefore(first.plus(WINDOW)), "undeployed before the fold window closed");

            try (Connection c = DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it",
                    "saphan-it");
                    PreparedStatement s = c.prepareStatement("SELECT reason, occurred_at FROM audit_entry "
                            + "WHERE seq > ? AND action = 'API_REQUEST' AND actor_subject = 'anonymous' ORDER BY seq")) {
                s.setLong(1, before);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "the first refusal, written at once");
                    assertEquals("401 invalid-token", rs.getString(1));
                    assertTrue(rs.next(), "the four repeats, written as Saphan stopped");
                    assertTrue(rs.getString(1).startsWith("401 invalid-token repeated 4 times since "),
                            rs.getString(1));
                    assertFalse(rs.next());
                }
            }
            assertEquals(lostBefore, lostInServerLog(), "no 'Could not record N folded refusals' at the undeployment");
        } finally {
            if (deployed) {
                deployer.undeploy(EAR);
            }
        }
    }
}
