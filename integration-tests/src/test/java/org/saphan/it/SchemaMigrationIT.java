package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR's start-up migrated this run's MariaDB database through Flyway: exactly the migrations of the source tree
 * ran, in version order, each successfully, and every table they create is there. And Saphan's datasource is what
 * the server offers as the default.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    private static final Pattern MIGRATION = Pattern.compile("V([0-9_]+)__.+\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z_][a-z0-9_]*)`?", Pattern.CASE_INSENSITIVE);

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

    /** The schema's migrations in the source tree (the demo data is not applied here): both folders MariaDB runs. */
    private static List<Path> migrationFiles() throws IOException {
        Path resources = ItConfig.root().resolve("ejb/src/main/resources/db");
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("migration", "migration-mariadb")) {
            try (Stream<Path> list = Files.list(resources.resolve(folder))) {
                list.filter(p -> MIGRATION.matcher(p.getFileName().toString()).matches()).forEach(files::add);
            }
        }
        return files;
    }

    /** Flyway's spelling of a file's version: V4_1 is 4.1. */
    private static String version(Path file) {
        Matcher m = MIGRATION.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return m.group(1).replace('_', '.');
    }

    private static final Comparator<String> BY_VERSION = (a, b) -> {
        int[] x = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] y = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Arrays.compare(x, y);
    };

    @Test
    @RunAsClient
    void exactlyTheMigrationsOfTheSourceTreeRanInOrder() throws Exception {
        List<String> expected = migrationFiles().stream().map(SchemaMigrationIT::version).sorted(BY_VERSION)
                .toList();
        assertTrue(expected.size() >= 5, "the source tree's migrations were found: " + expected);
        List<String> ran = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it",
                "saphan-it");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history "
                        + "WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version") + " failed");
                ran.add(rs.getString("version"));
            }
        }
        assertEquals(expected, ran);
    }

    @Test
    @RunAsClient
    void everyTableTheMigrationsCreateExists() throws Exception {
        Set<String> created = new TreeSet<>();
        for (Path file : migrationFiles()) {
            Matcher m = CREATE_TABLE.matcher(Files.readString(file));
            while (m.find()) {
                created.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(created.containsAll(Set.of("interpreter", "booking", "offer", "assignment", "audit_entry")),
                "the migrations were read: " + created);
        Set<String> present = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it",
                "saphan-it");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE()")) {
            while (rs.next()) {
                present.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        Set<String> missing = new TreeSet<>(created);
        missing.removeAll(present);
        assertTrue(missing.isEmpty(), "tables the migrations create but the database lacks: " + missing);
    }

    @Test
    @OperateOnDeployment("probe")
    void saphansDatasourceIsMariaDbAndTheDefault() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            assertTrue(product.toLowerCase(Locale.ROOT).contains("maria"), "the tests run on MariaDB, not "
                    + product);
            assertTrue(c.getMetaData().getURL().contains("saphan_it_"), c.getMetaData().getURL());
        }
        try (Connection c = defaultDataSource.getConnection()) {
            assertTrue(c.getMetaData().getURL().contains("saphan_it_"), "the default datasource is Saphan's");
        }
    }
}
