package org.saphan.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.saphan.application.HealthService;
import org.saphan.infrastructure.config.IdentityProviderProbe;

/** Checks the database on every call (cheap) and the identity provider through a short-lived cached probe. */
@Singleton
@Lock(LockType.READ)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthServiceBean implements HealthService {

    private static final Logger LOG = Logger.getLogger(HealthServiceBean.class.getName());

    @Resource(lookup = "java:jboss/datasources/SaphanDS")
    DataSource dataSource;

    @Inject
    IdentityProviderProbe identityProvider;

    @Override
    public HealthReport check() {
        return new HealthReport(databaseAnswers(), identityProvider.answers());
    }

    private boolean databaseAnswers() {
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
