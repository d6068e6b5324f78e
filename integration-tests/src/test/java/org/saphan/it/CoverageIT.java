package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coverage report against the real EAR on MariaDB: a known set of bookings and interpreters, written straight
 * into the database in a month nobody else uses (March 2020), gives the figures worked out by hand; and the whole
 * report, every line, equals what the test computes itself from plain rows (no aggregate, no percentile function)
 * fetched by plain SQL, over days rolled up and days counted live, before and after a booking of a closed day
 * settles, and before and after the pool changes. Only coordinators read it; bad periods answer 400 with the field
 * at fault.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageIT {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Instant FROM = Instant.parse("2020-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2020-04-01T00:00:00Z");
    private static final String PERIOD = "from=" + FROM + "&to=" + TO;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(ItConfig.require("saphan.it.db-url"), "saphan_it", "saphan-it");
    }

    private static int seq = 970000;

    /** Bengali: a language no other test books, for the days around today. */
    private static final String RECENT = "ben";
    private static final LocalDate TODAY = LocalDate.now(BANGKOK);
    /** Closed, every booking final: rolled up. */
    private static final LocalDate SETTLED = TODAY.minusDays(10);
    /** Closed, one booking ended but not yet confirmed: counted live until it is settled. */
    private static final LocalDate UNDER_WAY = TODAY.minusDays(9);
    private static String underWay;
    private static long coverageB;

    /**
     * Written in one transaction, as the roll-up must see a day whole; and, as anyone who changes the pool outside
     * the application must (V11), saying that the pool changed.
     */
    @BeforeAll
    static void knownSet() throws SQLException {
        LocalDate today = TODAY;
        try (Connection c = db()) {
            c.setAutoCommit(false);
            long a = interpreter(c, "Coverage A", "ACTIVE", today.plusDays(30), true);
            long b = interpreter(c, "Coverage B", "ACTIVE", LocalDate.of(2030, 1, 1), true);
            coverageB = b;
            long s = interpreter(c, "Coverage Suspended", "SUSPENDED", LocalDate.of(2030, 1, 1), true);
            long n = interpreter(c, "Coverage No Agreement", "ACTIVE", LocalDate.of(2030, 1, 1), false);
            long e = interpreter(c, "Coverage Expired", "ACTIVE", today.minusDays(1), true);
            for (long id : new long[]{a, b, s, n, e}) {
                exec(c, "INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) "
                        + "VALUES (" + id + ", 'zsm', 'FLUENT', FALSE)");
            }
            exec(c, "INSERT INTO interpreter_language (interpreter_id, language_code, skill_level, certified) "
                    + "VALUES (" + b + ", 'ind', 'WORKING', FALSE)");
            for (long id : new long[]{a, b, s}) {
                exec(c, "INSERT INTO interpreter_province (interpreter_id, province) VALUES (" + id + ", 'SATUN')");
            }
            Instant day = Instant.parse("2020-03-10T03:00:00Z");
            // Malay: five filled (10, 20, 30, 40, 100 minutes to fill), one cancelled, two unfilled
            booking(c, "zsm", "ON_SITE", "SATUN", day, "COMPLETED", 10, a, false);
            booking(c, "zsm", "REMOTE", null, day, "COMPLETED", 20, a, false);
            booking(c, "zsm", "REMOTE", null, day, "COMPLETED", 30, b, false);
            booking(c, "zsm", "REMOTE", null, day, "COMPLETED", 40, b, false);
            booking(c, "zsm", "ON_SITE", "SATUN", day, "COMPLETED", 100, a, false);
            booking(c, "zsm", "REMOTE", null, day, "CANCELLED", 3, b, true); // assigned, then released
            booking(c, "zsm", "REMOTE", null, day, "UNFILLED", -1, 0, false);
            booking(c, "zsm", "REMOTE", null, day, "UNFILLED", -1, 0, false);
            // Indonesian: assigned after 5 and in progress after 15 minutes, one unfilled on site
            booking(c, "ind", "REMOTE", null, day, "ASSIGNED", 5, b, false);
            booking(c, "ind", "REMOTE", null, day, "IN_PROGRESS", 15, b, false);
            booking(c, "ind", "ON_SITE", "SATUN", day, "UNFILLED", -1, 0, false);
            // just outside the period on either side
            booking(c, "zsm", "REMOTE", null, TO, "COMPLETED", 1, a, false);
            booking(c, "zsm", "REMOTE", null, FROM.minusSeconds(1), "COMPLETED", 1, a, false);

            // around today: a settled day, a day with a booking still offered, and today
            Instant settled = noon(SETTLED);
            booking(c, RECENT, "ON_SITE", "SATUN", settled, "COMPLETED", 12, a, false);
            booking(c, RECENT, "REMOTE", null, settled, "COMPLETED", 47, b, false);
            booking(c, RECENT, "REMOTE", null, settled, "NO_SHOW", 30, b, false);
            booking(c, RECENT, "REMOTE", null, settled, "CANCELLED", -1, 0, false);
            booking(c, RECENT, "REMOTE", null, noon(UNDER_WAY), "COMPLETED", 8, a, false);
            underWay = booking(c, RECENT, "REMOTE", null, noon(UNDER_WAY), "ENDED_UNCONFIRMED", 20, b, false);
            booking(c, RECENT, "REMOTE", null, Instant.now().plus(Duration.ofMinutes(30)), "CANCELLED", -1, 0,
                    false);
            exec(c, "UPDATE coverage_pool_state SET generation = generation + 1 WHERE id = 1");
            c.commit();
        }
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(BANGKOK).toInstant();
    }

    private static long interpreter(Connection c, String name, String status, LocalDate validUntil,
            boolean agreement) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO interpreter (display_name, gender, status, remote, "
                + "background_check_valid_until, agreement_signed_on, agreement_version) VALUES (?, 'FEMALE', ?, TRUE, "
                + "?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name);
            s.setString(2, status);
            s.setDate(3, Date.valueOf(validUntil));
            s.setDate(4, agreement ? Date.valueOf(LocalDate.of(2019, 1, 10)) : null);
            s.setString(5, agreement ? "2" : null);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * A booking created a day before it starts, assigned {@code minutesToFill} after (none when negative).
     *
     * @return its reference
     */
    private static String booking(Connection c, String language, String mode, String province, Instant start,
            String status, int minutesToFill, long interpreter, boolean released) throws SQLException {
        String reference = "SPH-2020-" + seq++;
        Instant created = start.minus(Duration.ofDays(1));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO booking (reference, requester_agency, "
                + "requester_subject, purpose, booking_mode, urgency, starts_at, duration_minutes, person_language, "
                + "other_language, province, status, status_changed_at, created_at, case_code) VALUES (?, 'IT-COVER', "
                + "'it-coverage', 'SCREENING_INTERVIEW', ?, 'SCHEDULED', ?, 60, ?, 'tha', ?, ?, ?, ?, 'IT-COV-2020')")) {
            s.setString(1, reference);
            s.setString(2, mode);
            s.setTimestamp(3, utc(start));
            s.setString(4, language);
            s.setString(5, province);
            s.setString(6, status);
            s.setTimestamp(7, utc(created));
            s.setTimestamp(8, utc(created));
            s.executeUpdate();
        }
        if (minutesToFill >= 0) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO assignment (booking_reference, interpreter_id, "
                    + "starts_at, ends_at, booking_mode, province, case_code, assigned_by, assigned_at, released_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 'IT-COV-2020', 'it-coverage', ?, ?)")) {
                s.setString(1, reference);
                s.setLong(2, interpreter);
                s.setTimestamp(3, utc(start));
                s.setTimestamp(4, utc(start.plus(Duration.ofHours(1))));
                s.setString(5, mode);
                s.setString(6, province);
                s.setTimestamp(7, utc(created.plus(Duration.ofMinutes(minutesToFill))));
                s.setTimestamp(8, released ? utc(created.plus(Duration.ofHours(2))) : null);
                s.executeUpdate();
            }
        }
        return reference;
    }

    /** The database keeps UTC wall-clock times (the server's JDBC zone is UTC), whatever this JVM's zone is. */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atZone(java.time.ZoneOffset.UTC).toLocalDateTime());
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static JsonObject line(JsonObject report, String list, String key) {
        return report.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key + " in " + list + ": " + report));
    }

    private static Double decimal(JsonObject line, String field) {
        JsonValue v = line.get(field);
        return v == null || v == JsonValue.NULL ? null : ((JsonNumber) v).doubleValue();
    }

    @Test
    void theKnownSetGivesTheFiguresWorkedOutByHand() {
        Http.Answer a = Http.get("/api/reports/coverage?" + PERIOD, Pool.coordinator());
        assertEquals(200, a.status(), a.body());
        JsonObject report = a.json();
        assertEquals(FROM.toString(), report.getString("from"));
        assertEquals(TO.toString(), report.getString("to"));
        assertEquals(60, report.getInt("vettingHorizonDays"));

        JsonObject zsm = line(report, "languages", "zsm");
        assertEquals(8, zsm.getInt("requested"));
        assertEquals(5, zsm.getInt("filled"));
        assertEquals(2, zsm.getInt("unfilled"));
        assertEquals(1, zsm.getInt("cancelled"));
        assertEquals(0, zsm.getInt("pending"));
        assertEquals(62.5, decimal(zsm, "filledPercent"));
        assertEquals(30.0, decimal(zsm, "medianMinutesToFill"));
        assertEquals(76.0, decimal(zsm, "p90MinutesToFill")); // 40 + 0.6 × (100 − 40)
        // the pool's figures are today's, over interpreters that other test classes add too: they are checked
        // against plain rows in everyLineEqualsWhatPlainRowsGive

        JsonObject ind = line(report, "languages", "ind");
        assertEquals(3, ind.getInt("requested"));
        assertEquals(2, ind.getInt("filled"));
        assertEquals(1, ind.getInt("unfilled"));
        assertEquals(10.0, decimal(ind, "medianMinutesToFill"));
        assertEquals(14.0, decimal(ind, "p90MinutesToFill"));

        JsonObject satun = line(report, "provinces", "Satun");
        assertEquals(3, satun.getInt("requested"));
        assertEquals(2, satun.getInt("filled"));
        assertEquals(1, satun.getInt("unfilled"));
        assertEquals(55.0, decimal(satun, "medianMinutesToFill"));
        assertEquals(91.0, decimal(satun, "p90MinutesToFill"));

        JsonObject total = report.getJsonObject("total");
        assertEquals(11, total.getInt("requested"));
        assertEquals(7, total.getInt("filled"));
        assertEquals(20.0, decimal(total, "medianMinutesToFill"));
        assertEquals(64.0, decimal(total, "p90MinutesToFill")); // 40 + 0.4 × (100 − 40)
    }

    /**
     * Every line of the report equals the figures this test computes from plain rows: over the known month, and over
     * the coming year, which holds whatever the other tests booked.
     */
    @Test
    void everyLineEqualsWhatPlainRowsGive() throws SQLException {
        Instant now = Instant.now();
        compareWithPlainRows(FROM, TO);
        compareWithPlainRows(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
    }

    /**
     * The roll-up takes a closed day once every booking in it is final, and only then: a day with a booking still
     * waiting for its requester's confirmation is counted from the bookings, changes when that booking does, and is
     * rolled up once it is settled. The report agrees with plain rows over rolled-up days, a day under way, a partial
     * day and today, at every step.
     */
    @Test
    void closedDaysAreRolledUpOnceNothingInThemCanChangeAndAgreeWithPlainRows() throws SQLException {
        waitFor(() -> rolled(SETTLED), "the settled day to be rolled up");
        assertFalse(rolled(UNDER_WAY), "a day with a booking not yet confirmed is not");
        assertFalse(rolled(LocalDate.of(2020, 3, 10)), "nor one with bookings assigned or in progress");
        assertFalse(rolled(TODAY), "nor today");

        // the figures worked out by hand over closed days only (other tests book Bengali ahead, never back in time);
        // plain rows over those and today
        Instant from = noon(SETTLED).minus(Duration.ofDays(2));
        Instant closed = UNDER_WAY.plusDays(1).atStartOfDay(BANGKOK).toInstant();
        Instant to = Instant.now().plus(Duration.ofDays(1));
        JsonObject ben = recent(from, closed);
        assertEquals(6, ben.getInt("requested"));
        assertEquals(4, ben.getInt("filled"));
        assertEquals(1, ben.getInt("cancelled"));
        assertEquals(0, ben.getInt("pending"));
        assertEquals(16.0, decimal(ben, "medianMinutesToFill")); // 8, 12, 20, 47: the no-show is not filled
        compareWithPlainRows(from, to);

        // the requester answers that nobody came: a no-show, and the day is settled
        try (Connection c = db()) {
            exec(c, "UPDATE booking SET status = 'NO_SHOW' WHERE reference = '" + underWay + "'");
        }
        ben = recent(from, closed);
        assertEquals(3, ben.getInt("filled"), "counted from the bookings at once");
        assertEquals(12.0, decimal(ben, "medianMinutesToFill"));
        compareWithPlainRows(from, to);
        waitFor(() -> rolled(UNDER_WAY), "the settled day to be rolled up");
        assertEquals(ben, recent(from, closed), "the same figures from the roll-up");
        compareWithPlainRows(from, to);
    }

    /**
     * The pool's figures are kept between changes of the pool; a change through the application makes the report
     * count them afresh at once.
     */
    @Test
    void thePoolsKeptFiguresGiveWayToAChangeAtOnce() throws SQLException {
        waitFor(CoverageIT::poolKept, "the pool's figures to be kept");
        String ploy = Pool.coordinator();
        long before = line(Http.get("/api/reports/coverage", ploy).json(), "languages", "zsm")
                .getJsonNumber("activeInterpreters").longValue();
        Http.Answer suspended = Http.post("/api/interpreters/" + coverageB + "/suspend", ploy,
                "{\"reason\":\"Coverage test: vetting under review\"}");
        assertEquals(200, suspended.status(), suspended.body());
        try {
            assertFalse(poolKept(), "the change says the kept figures no longer hold");
            assertEquals(before - 1, line(Http.get("/api/reports/coverage", ploy).json(), "languages", "zsm")
                    .getJsonNumber("activeInterpreters").longValue());
            compareWithPlainRows(FROM, TO);
        } finally {
            Http.Answer reinstated = Http.post("/api/interpreters/" + coverageB + "/reinstate", ploy,
                    "{\"reason\":\"Coverage test: vetting renewed\"}");
            assertEquals(200, reinstated.status(), reinstated.body());
        }
        waitFor(CoverageIT::poolKept, "the pool's figures to be kept again");
        assertEquals(before, line(Http.get("/api/reports/coverage", ploy).json(), "languages", "zsm")
                .getJsonNumber("activeInterpreters").longValue());
        compareWithPlainRows(FROM, TO);
    }

    private static JsonObject recent(Instant from, Instant to) {
        Http.Answer a = Http.get("/api/reports/coverage?from=" + from + "&to=" + to, Pool.coordinator());
        assertEquals(200, a.status(), a.body());
        return line(a.json(), "languages", RECENT);
    }

    private interface Check {
        boolean holds() throws SQLException;
    }

    /** The roll-up clock runs every two seconds in the tests (SAPHAN_COVERAGE_ROLLUP_SECONDS). */
    private static void waitFor(Check check, String what) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited three minutes for " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean rolled(LocalDate day) throws SQLException {
        try (Connection c = db();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM coverage_rolled_day WHERE on_day = ?")) {
            s.setDate(1, Date.valueOf(day));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private static boolean poolKept() throws SQLException {
        try (Connection c = db();
                Statement s = c.createStatement();
                ResultSet rs = s
                        .executeQuery("SELECT generation, computed_generation, as_of FROM coverage_pool_state")) {
            rs.next();
            return rs.getObject(2) != null && rs.getLong(1) == rs.getLong(2)
                    && TODAY.equals(rs.getDate(3).toLocalDate());
        }
    }

    private static void compareWithPlainRows(Instant from, Instant to) throws SQLException {
        Http.Answer a = Http.get("/api/reports/coverage?from=" + from + "&to=" + to, Pool.coordinator());
        assertEquals(200, a.status(), a.body());
        JsonObject report = a.json();
        LocalDate today = LocalDate.parse(report.getString("asOf"));
        assertEquals(LocalDate.now(BANGKOK), today);

        Map<String, Figures> byLanguage = new TreeMap<>();
        Map<String, Figures> byProvince = new TreeMap<>();
        Map<String, Figures> all = new HashMap<>();
        Figures total = new Figures();
        all.put("all", total);
        try (Connection c = db();
                PreparedStatement s = c.prepareStatement("SELECT b.person_language, b.booking_mode, b.province, "
                        + "b.status, b.created_at, a.assigned_at, a.released_at FROM booking b LEFT JOIN assignment a "
                        + "ON a.booking_reference = b.reference WHERE b.starts_at >= ? AND b.starts_at < ?")) {
            s.setTimestamp(1, utc(from));
            s.setTimestamp(2, utc(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(4);
                    Double minutes = null;
                    if (rs.getTimestamp(6) != null && rs.getTimestamp(7) == null
                            && List.of("ASSIGNED", "IN_PROGRESS", "ENDED_UNCONFIRMED", "COMPLETED").contains(status)) {
                        minutes = (rs.getTimestamp(6).getTime() - rs.getTimestamp(5).getTime()) / 60_000.0;
                    }
                    byLanguage.computeIfAbsent(rs.getString(1), k -> new Figures()).add(status, minutes);
                    total.add(status, minutes);
                    if ("ON_SITE".equals(rs.getString(2)) && rs.getString(3) != null) {
                        byProvince.computeIfAbsent(rs.getString(3), k -> new Figures()).add(status, minutes);
                    }
                }
            }
            pool(c, "SELECT l.language_code, i.status, i.agreement_signed_on, i.background_check_valid_until "
                    + "FROM interpreter i JOIN interpreter_language l ON l.interpreter_id = i.id", byLanguage, today);
            pool(c, "SELECT p.province, i.status, i.agreement_signed_on, i.background_check_valid_until "
                    + "FROM interpreter i JOIN interpreter_province p ON p.interpreter_id = i.id", byProvince, today);
            pool(c, "SELECT 'all', i.status, i.agreement_signed_on, i.background_check_valid_until "
                    + "FROM interpreter i", all, today);
        }
        assertTrue(byLanguage.containsKey("zsm") && byLanguage.size() >= 2, byLanguage.keySet().toString());

        compare(byLanguage, report, "languages", k -> k);
        compare(byProvince, report, "provinces", CoverageIT::provinceName);
        total.assertEquals(report.getJsonObject("total"), "total");
    }

    private interface Name {
        String of(String stored);
    }

    private static void compare(Map<String, Figures> expected, JsonObject report, String list, Name name) {
        List<String> shown = report.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("key")).sorted().toList();
        List<String> wanted = expected.keySet().stream().map(name::of).sorted().toList();
        assertEquals(wanted, shown, list);
        expected.forEach((key, figures) -> figures.assertEquals(line(report, list, name.of(key)), list + " " + key));
    }

    /** TAK → Tak, MAE_HONG_SON → Mae Hong Son: the English names the report shows. */
    private static String provinceName(String stored) {
        StringBuilder b = new StringBuilder();
        for (String word : stored.split("_")) {
            b.append(b.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return b.toString();
    }

    private static void pool(Connection c, String sql, Map<String, Figures> into, LocalDate today)
            throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Date until = rs.getDate(4);
                boolean active = "ACTIVE".equals(rs.getString(2)) && rs.getDate(3) != null && until != null
                        && !until.toLocalDate().isBefore(today);
                if (!active) {
                    continue; // a line exists for bookings or for active interpreters, not for the others
                }
                Figures f = into.computeIfAbsent(rs.getString(1), k -> new Figures());
                f.active++;
                if (!until.toLocalDate().isAfter(today.plusDays(60))) {
                    f.endingSoon++;
                }
            }
        }
    }

    /**
     * The report's fill times come from buckets (FillHistogram): exact when each rank is at either end of its bucket,
     * otherwise within the bucket, a minute wide below ten minutes and a tenth of the value above.
     */
    private static void withinABucket(Double exact, Double reported, String what) {
        if (exact == null) {
            assertEquals(null, reported, what);
            return;
        }
        assertTrue(reported != null && Math.abs(reported - exact) <= Math.max(1.0, exact / 10) + 0.1,
                what + ": " + reported + " against " + exact);
    }

    /** The figures of one line, computed from plain rows. */
    private static final class Figures {
        long requested;
        long filled;
        long unfilled;
        long cancelled;
        long pending;
        long active;
        long endingSoon;
        final List<Double> minutes = new ArrayList<>();

        void add(String status, Double toFill) {
            requested++;
            switch (status) {
                case "ASSIGNED", "IN_PROGRESS", "ENDED_UNCONFIRMED", "COMPLETED" -> filled++;
                case "UNFILLED" -> unfilled++;
                case "CANCELLED" -> cancelled++;
                case "OPEN", "OFFERED" -> pending++;
                default -> {
                    // NO_SHOW: requested, but neither filled nor waiting
                }
            }
            if (toFill != null) {
                minutes.add(toFill);
            }
        }

        /** Linear interpolation between the closest ranks, as SQL's PERCENTILE_CONT. */
        Double percentile(double p) {
            if (minutes.isEmpty()) {
                return null;
            }
            List<Double> sorted = new ArrayList<>(minutes);
            Collections.sort(sorted);
            double rank = p * (sorted.size() - 1);
            int low = (int) Math.floor(rank);
            int high = (int) Math.ceil(rank);
            double value = sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
            return Math.round(value * 10.0) / 10.0;
        }

        void assertEquals(JsonObject line, String what) {
            org.junit.jupiter.api.Assertions.assertEquals(requested, line.getJsonNumber("requested").longValue(),
                    what + " requested");
            org.junit.jupiter.api.Assertions.assertEquals(filled, line.getJsonNumber("filled").longValue(),
                    what + " filled");
            org.junit.jupiter.api.Assertions.assertEquals(unfilled, line.getJsonNumber("unfilled").longValue(),
                    what + " unfilled");
            org.junit.jupiter.api.Assertions.assertEquals(cancelled, line.getJsonNumber("cancelled").longValue(),
                    what + " cancelled");
            org.junit.jupiter.api.Assertions.assertEquals(pending, line.getJsonNumber("pending").longValue(),
                    what + " pending");
            withinABucket(percentile(0.5), decimal(line, "medianMinutesToFill"), what + " median");
            withinABucket(percentile(0.9), decimal(line, "p90MinutesToFill"), what + " p90");
            org.junit.jupiter.api.Assertions.assertEquals(active, line.getJsonNumber("activeInterpreters").longValue(),
                    what + " active interpreters");
            org.junit.jupiter.api.Assertions.assertEquals(endingSoon,
                    line.getJsonNumber("vettingEndingSoon").longValue(), what + " vetting ending soon");
        }
    }

    @Test
    void onlyCoordinatorsReadItAndBadPeriodsAreNamed() {
        assertEquals(403, Http.get("/api/reports/coverage", Tokens.password("somchai")).status());
        assertEquals(403, Http.get("/api/reports/coverage", Tokens.password("aung")).status());
        Http.Answer anonymous = Http.get("/api/reports/coverage", null);
        assertEquals(401, anonymous.status());
        anonymous.error();

        String ploy = Pool.coordinator();
        JsonObject byDefault = Http.get("/api/reports/coverage", ploy).json();
        Duration span = Duration.between(Instant.parse(byDefault.getString("from")),
                Instant.parse(byDefault.getString("to")));
        assertEquals(Duration.ofDays(30), span, "the last 30 days by default");

        // days are whole days in Thailand, the last one included
        JsonObject days = Http.get("/api/reports/coverage?from=2020-03-01&to=2020-03-31", ploy).json();
        assertEquals("2020-02-29T17:00:00Z", days.getString("from"));
        assertEquals("2020-03-31T17:00:00Z", days.getString("to"));

        Http.Answer garbled = Http.get("/api/reports/coverage?from=yesterday", ploy);
        assertEquals(400, garbled.status(), garbled.body());
        assertEquals("from", garbled.error().getString("field"));
        Http.Answer backwards = Http.get("/api/reports/coverage?from=2020-04-01&to=2020-03-01", ploy);
        assertEquals(400, backwards.status(), backwards.body());
        assertEquals("from", backwards.error().getString("field"));
        Http.Answer tooLong = Http.get("/api/reports/coverage?from=2010-01-01&to=2020-01-01", ploy);
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("from", tooLong.error().getString("field"));
    }
}
