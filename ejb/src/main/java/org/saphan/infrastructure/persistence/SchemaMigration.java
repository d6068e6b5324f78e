package org.saphan.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database schema to the version this build expects, once, before anything else uses it.
 * The migrations under {@code db/migration} are the only source of the schema, on H2 and MariaDB alike.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway manages its own transactions
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SaphanDS")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "saphan.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        // the demo pool (db/demo) is versioned beside the schema and only ever applied where it is asked for
        java.util.List<String> locations = new java.util.ArrayList<>(java.util.List.of("classpath:db/migration"));
        if (isMariaDb()) {
            // what only MariaDB can do: the triggers that keep the audit log append-only
            locations.add("classpath:db/migration-mariadb");
        }
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .ignoreMigrationPatterns("*:missing") // a database that once had demo data stays valid without it
                .outOfOrder(demoData) // demo data asked for later still goes into a database already past it
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, database " + result.database + ")");
    }

    private boolean isMariaDb() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("maria") || product.contains("mysql");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
