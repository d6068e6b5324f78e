package org.saphan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.saphan.it.Deployments;
import org.saphan.it.Http;
import org.saphan.it.ItConfig;
import org.saphan.it.Tokens;

/**
 * The coordinator's door in real browsers against the real EAR, MariaDB and Keycloak: the dashboard changing while a
 * requester books in another browser; assignment by hand, where an interpreter who breaks a hard rule is assigned
 * only once the page has named the rule and the override is ticked; the confidentiality log verified and downloaded
 * as CSV; a requester's read found in the booking's access history; the ranking reasons in Thai; coverage and the
 * pool. Every page is checked with axe-core at both sizes and photographed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoordinatorIT {

    private static final Pattern REFERENCE = Pattern.compile("SPH-\\d{4}-\\d+");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    @BeforeAll
    static void pool() {
        interpreter("thida", "Thida", "mya");
        interpreter("sokha", "Sokha", "khm");
    }

    /**
     * The profile of a demo interpreter account, made if this run's database has none yet: vetted, remote, available
     * around the clock, speaking {@code language} natively and Thai.
     */
    private static void interpreter(String username, String name, String language) {
        String ploy = Tokens.password("ploy");
        for (JsonObject p : Http.get("/api/interpreters?language=" + language, ploy).array()
                .getValuesAs(JsonObject.class)) {
            if (username.equals(p.getString("username", ""))) {
                return;
            }
        }
        Tokens.ensureInterpreterUser(username);
        Http.Answer created = Http.post("/api/interpreters", ploy,
                """
                        {"username":"%s","name":"%s","gender":"FEMALE",
                         "languages":[{"code":"%s","level":"NATIVE","certified":true},{"code":"tha","level":"FLUENT","certified":false}],
                         "specialisations":["PSYCHOSOCIAL"],"provinces":["Tak"],"remote":true,
                         "vetting":{"backgroundCheckValidUntil":"2030-12-31",
                           "confidentialityAgreement":{"signedOn":"2026-01-10","version":"2"},"trainings":["VICTIM_CENTRED"]},
                         "conflicts":[],"status":"ACTIVE"}"""
                        .formatted(username, name, language));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String week = Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .map(day -> "{\"day\":\"" + day + "\",\"from\":\"00:00\",\"to\":\"24:00\"}")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        Http.Answer availability = Http.put("/api/interpreters/" + id + "/availability", ploy,
                "{\"weekly\":[" + week + "],\"absences\":[]}");
        assertEquals(200, availability.status(), availability.body());
    }

    private static void cancel(String reference) {
        Http.post("/api/bookings/" + reference + "/cancel", Tokens.password("somchai"),
                "{\"reason\":\"end of a browser test\"}");
    }

    /** axe-core and a screenshot at the browser's own (desktop) size, then the same at a phone's. */
    private static void checkBothSizes(Browser b, String page) {
        b.check(page);
        Dimension own = b.driver().manage().window().getSize();
        b.driver().manage().window().setSize(new Dimension(Viewport.PHONE.width, Viewport.PHONE.height));
        try {
            Path dir = Path.of(ItConfig.require("saphan.it.screenshots"));
            Files.createDirectories(dir);
            Files.copy(((ChromeDriver) b.driver()).getScreenshotAs(OutputType.FILE).toPath(),
                    dir.resolve(page + "-" + Viewport.PHONE.label() + ".png"), StandardCopyOption.REPLACE_EXISTING);
            assertEquals(List.of(), Axe.seriousViolations((ChromeDriver) b.driver()),
                    "axe-core on " + page + " at " + Viewport.PHONE.label());
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            b.driver().manage().window().setSize(own);
        }
    }

    private static String caseCode() {
        return "RTP-2026-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    /** A scheduled remote Burmese booking some days ahead, made by somchai through the API. */
    private static String scheduledBurmese(int daysAhead) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(daysAhead))
                .plus(Duration.ofHours(3));
        String body = """
                {"purpose":"SCREENING_INTERVIEW","mode":"REMOTE","urgency":"SCHEDULED","start":"%s",
                 "durationMinutes":60,"language":"mya","otherLanguage":"tha","caseCode":"%s"}"""
                .formatted(start, caseCode());
        Http.Answer a = Http.post("/api/bookings", Tokens.password("somchai"), body);
        assertEquals(201, a.status(), a.body());
        return a.json().getString("reference");
    }

    private static Browser coordinator(Viewport size, String language, String fragment) {
        Browser ploy = Browser.open(size, language);
        ploy.go("/coordinator/" + fragment).signIn("ploy").waitForPath("/coordinator/");
        return ploy;
    }

    /** Clicks a link, finding it again if a live change redrew the page between finding and clicking. */
    private static void clickLink(Browser b, String text) {
        b.waitFor(d -> {
            try {
                b.link(text).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    private static boolean online(Browser b) {
        return "online".equals(b.driver().findElement(By.tagName("body")).getAttribute("data-connection"));
    }

    @Test
    void theDashboardShowsABookingMadeInAnotherBrowserWithoutAReload() {
        String reference = null;
        try (Browser ploy = coordinator(Viewport.DESKTOP, "en", "");
                Browser somchai = Browser.open(Viewport.DESKTOP, "en")) {
            ploy.heading("Dashboard");
            ploy.heading("This week's bookings");
            ploy.waitFor(d -> online(ploy));
            checkBothSizes(ploy, "coordinator-dashboard");

            // somchai signs in at his own door in a second browser and books while ploy watches
            somchai.go("/").signIn("somchai").waitForPath("/requester/");
            somchai.heading("Book an interpreter");
            somchai.field("Now: someone is waiting").click();
            new Select(somchai.field("Purpose")).selectByVisibleText("Screening interview");
            somchai.field("Remote: through Saphan's session room").click();
            new Select(somchai.field("The person's language")).selectByVisibleText("Vietnamese");
            somchai.field("Case code").sendKeys(caseCode());
            somchai.button("Book interpreter").click();
            String done = somchai.text("sent to the interpreters").getText();
            Matcher m = REFERENCE.matcher(done);
            assertTrue(m.find(), done);
            reference = m.group();

            // nobody speaks Vietnamese on call: it appears under "needs a hand now" on ploy's page, without a reload
            String ref = reference;
            String row = ploy.waitFor(d -> d.findElements(By.cssSelector("#needs-hand a")).stream()
                    .filter(a -> a.getText().equals(ref)).findFirst()
                    .map(a -> a.findElement(By.xpath("ancestor::tr[1]")).getText()).orElse(null),
                    Duration.ofSeconds(10));
            assertTrue(row.contains("Immediate"), row);
            checkBothSizes(ploy, "coordinator-dashboard-needs-hand");

            // and somchai's cancellation, on his page, changes it there too
            somchai.driver().findElement(By.cssSelector("li.card[data-reference='" + ref + "'] a")).click();
            somchai.waitFor(d -> d.getCurrentUrl().endsWith("/requester/?booking=" + ref));
            somchai.field("Reason for cancelling").sendKeys("The person found a Vietnamese-speaking officer");
            somchai.button("Cancel booking").click();
            somchai.text("The booking is cancelled.");
            ploy.waitFor(d -> d.findElements(By.cssSelector("#needs-hand a")).stream()
                    .noneMatch(a -> a.getText().equals(ref)), Duration.ofSeconds(10));
            reference = null;
        } finally {
            if (reference != null) {
                cancel(reference);
            }
        }
    }

    @Test
    void assigningByHandNamesABrokenRuleAndNeedsTheOverrideAndAReason() {
        String qualified = scheduledBurmese(21);
        String breaking = scheduledBurmese(22);
        try (Browser ploy = coordinator(Viewport.DESKTOP, "en", "#booking/" + qualified)) {
            ploy.heading("Booking " + qualified);
            ploy.heading("Offers");
            String thida = ploy.waitFor(d -> new Select(ploy.field("Interpreter to assign")).getOptions().stream()
                    .map(WebElement::getText).filter(t -> t.startsWith("Thida (")).findFirst().orElse(null));
            new Select(ploy.field("Interpreter to assign")).selectByVisibleText(thida);
            ploy.field("Reason for assigning by hand").sendKeys("Known to the shelter's staff");
            ploy.button("Assign").click();
            ploy.text("Assigned to Thida.");
            ploy.waitFor(d -> d.findElement(By.cssSelector("dl.facts")).getText().contains("Thida"));

            ploy.go("/coordinator/#booking/" + breaking);
            ploy.heading("Booking " + breaking);
            WebElement excluded = ploy.waitFor(d -> d.findElements(By.xpath("//table[caption[contains(., "
                    + "'break a rule')]]//tr[td[1][normalize-space(.)='Sokha']]")).stream().findFirst().orElse(null));
            assertTrue(excluded.getText().contains("LANGUAGE"), excluded.getText());
            excluded.findElement(By.xpath(".//button[normalize-space(.)='Choose']")).click();
            ploy.heading("This interpreter breaks the rule LANGUAGE");
            ploy.text("Does not speak both languages of the booking at working level or better.");
            ploy.field("Reason for assigning by hand").sendKeys("The person speaks some Khmer; no one else free");
            ploy.button("Assign").click();
            ploy.heading("There is a problem");
            ploy.text("This interpreter breaks the rule LANGUAGE: tick the override to assign anyway.");
            checkBothSizes(ploy, "coordinator-assign-override");
            ploy.field("Override the rule and assign anyway").click();
            ploy.button("Assign").click();
            ploy.text("Assigned to Sokha.");
            checkBothSizes(ploy, "coordinator-booking");
        }
        JsonObject assigned = Http.get("/api/bookings/" + breaking, Tokens.password("ploy")).json();
        assertEquals("ASSIGNED", assigned.getString("status"));
        assertEquals("Sokha", assigned.getJsonObject("interpreter").getString("name"));
        Http.Answer log = Http.get("/api/audit?object=" + breaking + "&action=BOOKING_ASSIGN_OVERRIDE",
                Tokens.password("ploy"));
        assertEquals(1, log.json().getJsonArray("entries").size(), log.body());
    }

    @Test
    void theLogVerifiesDownloadsAsCsvAndShowsWhoReadABooking() throws IOException {
        String reference = scheduledBurmese(23);
        assertEquals(200, Http.get("/api/bookings/" + reference, Tokens.password("somchai")).status());
        Path downloads = Files.createTempDirectory(Path.of(ItConfig.require("saphan.it.screenshots")).getParent(),
                "downloads-");
        try (Browser ploy = coordinator(Viewport.DESKTOP, "en", "#log")) {
            ((ChromeDriver) ploy.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            ploy.heading("Confidentiality log");
            ploy.button("Verify the log").click();
            ploy.text("The log is intact:");
            ploy.button("Walk the whole log").click();
            ploy.waitFor(d -> {
                ploy.button("Verify the log").click();
                return ploy.bodyText().contains("The whole log up to entry") ? true : null;
            }, Duration.ofSeconds(30));
            checkBothSizes(ploy, "coordinator-log");

            ploy.button("Download as CSV").click();
            Path csv = ploy.waitFor(d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
                } catch (IOException e) {
                    return null;
                }
            }, Duration.ofSeconds(15));
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("\"sequence\",\"occurredAt\""), lines.get(0));
            assertTrue(lines.size() > 1, "entries follow the header");

            ploy.field("Booking or object").sendKeys(reference);
            ploy.button("Search the log").click();
            ploy.waitFor(d -> d.findElement(By.cssSelector(".log-out")).getText().contains("somchai"));

            ploy.go("/coordinator/#booking/" + reference);
            clickLink(ploy, "Who saw or changed this booking");
            ploy.heading("Access history of " + reference);
            WebElement read = ploy.waitFor(d -> d.findElements(By.xpath("//tr[td[contains(., 'somchai')] and "
                    + "td[normalize-space(.)='Read a booking']]")).stream().findFirst().orElse(null));
            assertTrue(read.getText().contains("Allowed"), read.getText());
            checkBothSizes(ploy, "coordinator-access-history");
        }
    }

    @Test
    void theRankingReasonsAreInThaiOnTheThaiPage() {
        String reference = scheduledBurmese(24);
        try (Browser ploy = coordinator(Viewport.DESKTOP, "th", "#booking/" + reference)) {
            WebElement reasons = ploy.waitFor(d -> d.findElements(By.xpath("//tr[td[1][normalize-space(.)='Thida']]"
                    + "//ul[contains(@class, 'reasons')]")).stream().findFirst().orElse(null));
            String said = reasons.getText();
            assertTrue(said.contains("ใช้ภาษาพม่าเป็นภาษาแม่ (+20)"), said);
            assertTrue(said.contains("มีใบรับรองภาษาพม่า (+10)"), said);
            assertTrue(said.contains("ใน 14 วันที่ผ่านมา"), said);
            assertFalse(said.contains("Native in"), "no English reason on the Thai page: " + said);
            checkBothSizes(ploy, "coordinator-booking-th");
        } finally {
            cancel(reference);
        }
    }

    @Test
    void coverageAndThePoolInEnglishAndThai() {
        try (Browser ploy = coordinator(Viewport.DESKTOP, "en", "#coverage")) {
            ploy.heading("Coverage");
            ploy.heading("By language");
            ploy.waitFor(d -> !d.findElements(By.cssSelector("svg.coverage-chart")).isEmpty());
            checkBothSizes(ploy, "coordinator-coverage");

            ploy.link("Interpreter pool").click();
            ploy.heading("Interpreter pool");
            ploy.field("Search the pool").sendKeys("Sokha");
            ploy.link("Sokha").click();
            ploy.heading("Sokha");
            ploy.field("Reason").sendKeys("Background check under review");
            ploy.button("Suspend this interpreter").click();
            ploy.text("Last reason: Background check under review");
            checkBothSizes(ploy, "coordinator-pool-profile");
            ploy.field("Reason").sendKeys("Background check renewed");
            ploy.button("Reinstate this interpreter").click();
            ploy.button("Suspend this interpreter");
            ploy.go("/coordinator/#pool");
            ploy.heading("Interpreter pool");
            checkBothSizes(ploy, "coordinator-pool");
        }
        try (Browser ploy = coordinator(Viewport.DESKTOP, "th", "")) {
            ploy.heading("ภาพรวม");
            ploy.heading("การจองของสัปดาห์นี้");
            ploy.waitFor(d -> online(ploy));
            assertEquals("th", ploy.script("return document.documentElement.lang"));
            checkBothSizes(ploy, "coordinator-dashboard-th");
        }
    }
}
