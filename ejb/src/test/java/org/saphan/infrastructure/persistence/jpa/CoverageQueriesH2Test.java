package org.saphan.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.domain.model.report.CoverageReport;
import org.saphan.domain.model.report.ReportPeriod;

/**
 * The coverage report and its roll-up on the embedded database the server uses by default (H2 in MariaDB mode, the
 * server's options), over the demo pool and bookings: whatever is rolled up, the report is the same as when every
 * figure is counted from the rows. MariaDB runs the same statements in CoverageIT and in the bench.
 */
class CoverageQueriesH2Test {

    /** The demo data's bookings run from November 2026 to January 2027; "today" for it is 23 November. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final ReportPeriod ALL = new ReportPeriod(Instant.parse("2026-10-31T17:00:00Z"),
            Instant.parse("2027-02-01T00:00:00Z"));

    private Connection c;
    private CoverageQueries queries;

    @BeforeEach
    void demoDatabase() throws SQLException {
        String url = "jdbc:h2:mem:coverage-" + System.nanoTime() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        c = DriverManager.getConnection(url, "sa", "");
        c.setAutoCommit(false);
        queries = new CoverageQueries(new Jdbc(c));
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void theRollUpChangesNoFigure() {
        ReportPeriod november = new ReportPeriod(Instant.parse("2026-11-01T03:30:00Z"),
                Instant.parse("2026-11-25T09:00:00Z"));
        CoverageReport all = queries.coverage(ALL, TODAY, 60);
        CoverageReport partial = queries.coverage(november, TODAY, 60);
        assertTrue(all.total().requested() > 0 && all.total().filled() > 0, all.total().toString());

        List<LocalDate> due = queries.daysToRollUp(TODAY, 400);
        int rolled = 0;
        for (LocalDate day : due) {
            rolled += queries.rollUp(day, Instant.parse("2026-12-04T10:00:00Z")) ? 1 : 0;
        }
        assertTrue(rolled > 0, "some closed days are settled: " + due);
        assertTrue(queries.keepPool(TODAY, 60));

        assertEquals(all, queries.coverage(ALL, TODAY, 60));
        assertEquals(partial, queries.coverage(november, TODAY, 60));
        // what is left are days with a booking under way: they stay, and are counted from the rows
        List<LocalDate> left = queries.daysToRollUp(TODAY, 400);
        assertEquals(due.size() - rolled, left.size(), left.toString());
        for (LocalDate day : left) {
            assertFalse(queries.rollUp(day, Instant.now()), day + " has a booking under way");
        }
        // rolling a day up again changes nothing
        LocalDate again = due.stream().filter(d -> !left.contains(d)).findFirst().orElseThrow();
        assertTrue(queries.rollUp(again, Instant.now()));
        assertEquals(all, queries.coverage(ALL, TODAY, 60));
    }

    @Test
    void thePoolsFiguresAreKeptUntilThePoolChangesOrTheDayTurns() {
        CoverageReport counted = queries.coverage(ALL, TODAY, 60);
        assertTrue(queries.keepPool(TODAY, 60));
        assertFalse(queries.keepPool(TODAY, 60), "still current");
        assertEquals(counted, queries.coverage(ALL, TODAY, 60));

        queries.poolChanged();
        assertTrue(queries.keepPool(TODAY, 60), "a change makes them stale");
        assertTrue(queries.keepPool(TODAY.plusDays(1), 60), "so does the next day");
        assertEquals(counted, queries.coverage(ALL, TODAY, 60), "another day's kept figures are not today's");
    }

    /** CoverageQueries over JDBC: JPA's numbered parameters bound in the order they appear, times in UTC. */
    private record Jdbc(Connection c) implements CoverageQueries.Sql {

        private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

        private PreparedStatement prepare(String sql, List<Object> values) throws SQLException {
            Matcher m = PARAMETER.matcher(sql);
            List<Integer> order = new ArrayList<>();
            while (m.find()) {
                order.add(Integer.parseInt(m.group(1)));
            }
            PreparedStatement p = c.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"));
            for (int i = 0; i < order.size(); i++) {
                Object v = values.get(order.get(i) - 1);
                p.setObject(i + 1,
                        v instanceof Instant t
                                ? Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC))
                                : v instanceof LocalDate d ? Date.valueOf(d) : v);
            }
            return p;
        }

        @Override
        public List<Object[]> rows(String sql, List<Object> parameters) {
            try (PreparedStatement p = prepare(sql, parameters); ResultSet rs = p.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        @Override
        public int update(String sql, List<Object> parameters) {
            try (PreparedStatement p = prepare(sql, parameters)) {
                return p.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }
    }
}
