package org.saphan.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Province;

/**
 * The coarse filter on the embedded database (H2 in MariaDB mode) over the demo pool, whose 48 interpreters break
 * every rule on purpose: for each booking it keeps exactly those who are active, speak both languages, are vetted on
 * the booking's day and work remotely or serve the province, checked one by one against their rows; for the offers of
 * an immediate booking, only those of them on call.
 */
class CoarseFilterH2Test {

    private Connection c;

    @BeforeEach
    void demoDatabase() throws SQLException {
        String url = "jdbc:h2:mem:coarse-" + System.nanoTime() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        c = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void aRemoteBurmeseBookingKeepsTheVettedRemoteBurmeseSpeakers() throws SQLException {
        Booking booking = Fixtures.request().remote().booking();
        List<Long> kept = ids(booking);
        assertTrue(kept.containsAll(List.of(1L, 2L)), "aung and thida: " + kept);
        assertFalse(kept.contains(3L), "sokha speaks no Burmese: " + kept);
        assertEquals(expected(booking), kept);
    }

    @Test
    void anOnSiteBookingKeepsThoseServingItsProvinceWhetherRemoteOrNot() throws SQLException {
        int kept = 0;
        for (Province province : List.of(Province.TAK, Province.RANONG, Province.BANGKOK, Province.CHIANG_MAI)) {
            Fixtures.RequestBuilder request = Fixtures.request();
            request.province = province;
            Booking booking = request.booking();
            List<Long> ids = ids(booking);
            assertEquals(expected(booking), ids, province.name());
            kept += ids.size();
        }
        assertTrue(kept > 0, "the demo pool serves some of these provinces on site");
    }

    @Test
    void vettingIsCheckedOnTheBookingsDayAndEveryLanguageOfThePair() throws SQLException {
        for (LanguageCode language : List.of(LanguageCode.KHM, LanguageCode.MYA, LanguageCode.LAO)) {
            for (Instant start : List.of(Fixtures.TUESDAY_9, Instant.parse("2027-02-02T02:00:00Z"))) {
                Fixtures.RequestBuilder request = Fixtures.request().remote().start(start);
                request.languages = LanguagePair.withThai(language);
                Booking booking = request.booking();
                List<Long> ids = ids(booking);
                assertEquals(expected(booking), ids, language + " on " + start);
                assertFalse(ids.isEmpty(), "the demo pool has someone for " + language + " on " + start);
            }
        }
        Fixtures.RequestBuilder later = Fixtures.request().remote().start(Instant.parse("2027-02-02T02:00:00Z"));
        assertTrue(ids(later.booking()).size() < ids(Fixtures.request().remote().booking()).size(),
                "checks that run out in January leave fewer in February");
    }

    @Test
    void anImmediateBookingsOffersGoOnlyToThoseOnCallButTheCountKeepsThoseOffCall() throws SQLException {
        Booking booking = Fixtures.request().remote().immediate().booking();
        List<Long> onCall = ids(CoarseFilter.forOffers(booking));
        List<Long> onOrOff = ids(booking);
        assertEquals(expected(booking), onOrOff);
        assertEquals(onOrOff.stream().filter(this::onCall).toList(), onCall);
        assertTrue(onCall.containsAll(List.of(1L, 2L)), "aung and thida are on call: " + onCall);
        assertTrue(onCall.size() < onOrOff.size(), onCall + " against " + onOrOff);
        // a scheduled booking does not ask
        Booking scheduled = Fixtures.request().remote().booking();
        assertEquals(ids(scheduled), ids(CoarseFilter.forOffers(scheduled)));
    }

    private boolean onCall(long id) {
        try (PreparedStatement s = c.prepareStatement("SELECT on_call FROM interpreter WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> ids(Booking booking) throws SQLException {
        return ids(CoarseFilter.of(booking));
    }

    private List<Long> ids(CoarseFilter filter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(filter.idsSql())) {
            for (int i = 0; i < filter.parameters().size(); i++) {
                s.setObject(i + 1, filter.parameters().get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The five rules checked in Java, one interpreter at a time, from its rows. */
    private List<Long> expected(Booking booking) throws SQLException {
        Map<Long, Set<String>> languages = collection("SELECT interpreter_id, language_code FROM interpreter_language");
        Map<Long, Set<String>> provinces = collection("SELECT interpreter_id, province FROM interpreter_province");
        LocalDate day = booking.window().bangkokDate();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, status, remote, background_check_valid_until, "
                + "agreement_signed_on FROM interpreter ORDER BY id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                Set<String> speaks = languages.getOrDefault(id, Set.of());
                boolean vetted = r.getDate(4) != null && !r.getDate(4).toLocalDate().isBefore(day)
                        && r.getDate(5) != null;
                boolean place = booking.mode() == Mode.ON_SITE
                        ? provinces.getOrDefault(id, Set.of()).contains(booking.province().orElseThrow().name())
                        : r.getBoolean(3);
                if ("ACTIVE".equals(r.getString(2)) && vetted && place
                        && speaks.contains(booking.languages().personLanguage().code())
                        && speaks.contains(booking.languages().otherLanguage().code())) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private Map<Long, Set<String>> collection(String sql) throws SQLException {
        Map<Long, Set<String>> values = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
            }
        }
        return values;
    }
}
