package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the EAR's start-up migrated this run's MariaDB database through Flyway, every migration
 * succeeded, and Saphan's datasource is what the server offers as the default.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    @Deployment(name = "saphan", order = 1, testable = false)
    static EnterpriseArchive saphan() {
        return Deployments.saphanEar();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "schema-probe.war").addClass(SchemaMigrationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/SaphanDS")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource defaultDataSource;

    @Test
    @OperateOnDeployment("probe")
    void everyMigrationRanOnMariaDb() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertTrue(c.getMetaData().getDatabaseProductName().toLowerCase().contains("maria"),
                    "the tests run on MariaDB, not " + c.getMetaData().getDatabaseProductName());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN success THEN 0 ELSE 1 END) "
                    + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 1, "at least the first migration ran");
                assertEquals(0, rs.getInt(2), "no migration failed");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM interpreter")) {
                assertTrue(rs.next(), "the interpreter table exists");
            }
        }
        try (Connection c = defaultDataSource.getConnection()) {
            assertTrue(c.getMetaData().getURL().contains("saphan_it_"), "the default datasource is Saphan's");
        }
    }
}
