package org.saphan.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.saphan.application.HealthService;

/** Saphan's datasource answers a trivial query within two seconds. Cheap enough to ask on every call. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());

    @Resource(lookup = "java:jboss/datasources/SaphanDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(HealthService.DATABASE, answers()
                ? HealthCheckResponse.Status.UP
                : HealthCheckResponse.Status.DOWN, Optional.empty());
    }

    private boolean answers() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database does not answer: {0}", e.getMessage());
            return false;
        }
    }
}
