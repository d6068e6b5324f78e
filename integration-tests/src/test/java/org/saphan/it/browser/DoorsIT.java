package org.saphan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saphan.it.Deployments;

/**
 * The requester's and the interpreter's doors in real browsers (Chromium, headless) against the real EAR, MariaDB
 * and Keycloak: the loop from a booking at a desk to an accept on a phone, both pages changing without a reload;
 * the form's messages; wrong doors and deep links; Thai and Burmese; the phone going offline. Every page is
 * checked with axe-core at both sizes and photographed (target/screenshots).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoorsIT {

    private static final Pattern REFERENCE = Pattern.compile("SPH-\\d{4}-\\d+");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    @BeforeAll
    static void pool() {
        Scenario.interpreter("thida", "Thida", "mya", "FEMALE");
    }

    private static String caseCode() {
        return "RTP-2026-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    private static Set<String> offerIds(Browser phone) {
        return phone.driver().findElements(By.cssSelector("li.offer[data-offer]")).stream()
                .map(e -> e.getAttribute("data-offer"))
                .collect(Collectors.toSet());
    }

    /** The offer card that was not on the phone before, once it is there. */
    private static WebElement newOffer(Browser phone, Set<String> before, Duration within) {
        return phone.waitFor(d -> d.findElements(By.cssSelector("li.offer[data-offer]")).stream()
                .filter(e -> !before.contains(e.getAttribute("data-offer")))
                .findFirst()
                .orElse(null), within);
    }

    private static String statusOf(WebDriver d, String reference) {
        List<WebElement> s = d.findElements(By.cssSelector(".status[data-reference='" + reference + "']"));
        return s.isEmpty() ? "" : s.get(0).getText();
    }

    @Test
    void anOfficerBooksAtADeskAndAnInterpreterAcceptsOnAPhoneWithoutAReload() {
        Scenario.onCall("thida", false);
        String caseCode = caseCode();
        try (Browser thida = Browser.open(Viewport.PHONE, "en");
                Browser somchai = Browser.open(Viewport.DESKTOP, "en")) {
            thida.go("/interpreter/").signIn("thida").waitForPath("/interpreter/");
            thida.heading("Offers");
            WebElement onCall = thida.field("On call");
            assertFalse(onCall.isSelected(), "thida starts off call");
            onCall.click();
            thida.text("You are on call: offers for bookings needed now reach you.");
            thida.waitFor(d -> "online".equals(d.findElement(By.tagName("body")).getAttribute("data-connection")));
            Set<String> before = offerIds(thida);

            somchai.go("/").signIn("somchai").waitForPath("/requester/");
            somchai.heading("Book an interpreter");
            somchai.field("Now: someone is waiting").click();
            new Select(somchai.field("Purpose")).selectByVisibleText("Screening interview");
            somchai.field("Remote: through Saphan's session room").click();
            new Select(somchai.field("The person's language")).selectByVisibleText("Burmese");
            somchai.field("Case code").sendKeys(caseCode);
            somchai.field("Note for the interpreter").sendKeys("Ask for the duty officer at gate 3");
            somchai.button("Book interpreter").click();

            String done = somchai.text("sent to the interpreters").getText();
            Matcher m = REFERENCE.matcher(done);
            assertTrue(m.find(), done);
            String reference = m.group();

            // the phone lights up without a reload, with nothing that identifies the case or the place
            WebElement offer = newOffer(thida, before, Duration.ofSeconds(10));
            String shown = offer.getText();
            assertTrue(shown.contains("Screening interview") && shown.contains("Burmese"), shown);
            assertFalse(shown.contains(caseCode), "the case code is not on an offer: " + shown);
            assertFalse(shown.contains("gate 3"), "the note is not on an offer: " + shown);
            assertFalse(shown.contains(reference), "the reference is not on an offer: " + shown);
            assertTrue(shown.contains("Time left to answer:"), shown);
            thida.checkBothSizes("interpreter-offer");

            // the officer's list says it is being offered, live
            somchai.waitFor(d -> statusOf(d, reference).startsWith("Offered to"));
            somchai.checkBothSizes("requester-home");

            offer.findElement(By.xpath(".//button[normalize-space(.)='Accept']")).click();
            thida.text("It is yours. Read the confidentiality terms below to see the details.");
            assertFalse(thida.bodyText().contains("gate 3"), "no details before the acknowledgement");
            thida.button("I accept the terms: show the details").click();
            thida.text("Ask for the duty officer at gate 3");
            thida.checkBothSizes("interpreter-assignment");

            // the officer sees who took it, without a reload
            somchai.waitFor(d -> statusOf(d, reference).startsWith("Assigned to"));
            somchai.driver().findElement(By.cssSelector("li.card[data-reference='" + reference + "'] a")).click();
            somchai.waitFor(d -> d.getCurrentUrl().endsWith("/requester/?booking=" + reference));
            WebElement room = somchai.link("Open the session room");
            assertTrue(room.getAttribute("href").endsWith("/session/" + reference), room.getAttribute("href"));
            // a join code for the person's phone, as a code and as a QR code
            somchai.button("Make a join code for the person's phone").click();
            WebElement code = somchai.waitFor(d -> d.findElements(By.cssSelector(".join-code")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(code.getText().matches("[A-Z0-9-]{10,12}"), code.getText());
            WebElement qr = somchai.driver().findElement(By.cssSelector("svg[role='img']"));
            assertTrue(qr.getAttribute("aria-label").contains(code.getText()), qr.getAttribute("aria-label"));
            somchai.checkBothSizes("requester-booking");

            // a cancellation reaches the phone too, with a word
            somchai.field("Reason for cancelling").sendKeys("The person was moved to another shelter");
            somchai.button("Cancel booking").click();
            somchai.text("The booking is cancelled.");
            thida.text("Booking " + reference + " was cancelled.");
        } finally {
            Scenario.onCall("thida", false);
        }
    }

    @Test
    void theFormsMessagesStandNextToTheirFieldsAndNothingTypedIsLost() {
        try (Browser somchai = Browser.open(Viewport.DESKTOP, "en")) {
            somchai.go("/requester/").signIn("somchai").waitForPath("/requester/");
            somchai.field("Case code").sendKeys("RTP-2026-0042");
            somchai.field("Note for the interpreter").sendKeys("Bring the screening form");
            somchai.button("Book interpreter").click();

            somchai.heading("There is a problem");
            assertNextTo(somchai, "Purpose", "Choose the purpose");
            assertNextTo(somchai, "The person's language", "Choose the person's language");
            assertEquals("RTP-2026-0042", somchai.field("Case code").getAttribute("value"));
            assertEquals("Bring the screening form", somchai.field("Note for the interpreter").getAttribute("value"));
            somchai.checkBothSizes("requester-form-missing");

            // a time that has passed: the server refuses, its message stands next to the start time
            somchai.field("Today").click();
            somchai.field("Start time").sendKeys("00:00");
            new Select(somchai.field("Purpose")).selectByVisibleText("Medical");
            somchai.field("Remote: through Saphan's session room").click();
            new Select(somchai.field("The person's language")).selectByVisibleText("Khmer");
            somchai.button("Book interpreter").click();
            somchai.waitFor(d -> d.findElement(By.id("error-start")).isDisplayed());
            assertNextTo(somchai, "Start time",
                    "The start time has passed: choose a time in the future (or Now, if someone is waiting)");
            assertEquals("00:00", somchai.field("Start time").getAttribute("value"));
            assertEquals("RTP-2026-0042", somchai.field("Case code").getAttribute("value"));
            assertEquals("Bring the screening form", somchai.field("Note for the interpreter").getAttribute("value"));
            assertEquals("Medical", new Select(somchai.field("Purpose")).getFirstSelectedOption().getText());
            somchai.checkBothSizes("requester-form-time");
        }
    }

    /** The message is inside the same field group as the control with that label, and the summary links to it. */
    private static void assertNextTo(Browser browser, String label, String message) {
        WebElement control = browser.field(label);
        WebElement group = control
                .findElement(By.xpath("ancestor::*[contains(concat(' ', @class, ' '), ' field ')][1]"));
        assertTrue(group.getText().contains(message), "'" + message + "' next to " + label + ": " + group.getText());
        assertEquals("true", control.getAttribute("aria-invalid"), label + " is marked invalid");
        assertTrue(browser.driver().findElement(By.id("error-summary")).getText().contains(message),
                "the summary lists " + message);
    }

    @Test
    void aPersonAtAnotherRolesDoorIsToldAndOfferedItsOwnAndADeepLinkSignsInAndComesBack() {
        JsonObject booking = Scenario.immediateRemote("somchai", "lao", caseCode());
        String reference = booking.getString("reference");
        try {
            try (Browser somchai = Browser.open(Viewport.DESKTOP, "en")) {
                somchai.go("/interpreter/").signIn("somchai").waitForPath("/interpreter/");
                somchai.heading("This page is not for your account");
                somchai.checkBothSizes("wrong-door");
                somchai.link("Go to your page: Bookings").click();
                somchai.waitForPath("/requester/");
                somchai.heading("Book an interpreter");
            }
            try (Browser thida = Browser.open(Viewport.PHONE, "en")) {
                thida.go("/requester/").signIn("thida").waitForPath("/requester/");
                thida.heading("This page is not for your account");
                thida.link("Go to your page: Interpreter").click();
                thida.waitForPath("/interpreter/");
                thida.heading("Offers");
            }
            try (Browser signedOut = Browser.open(Viewport.DESKTOP, "en")) {
                signedOut.go("/requester/?booking=" + reference).signIn("somchai");
                signedOut.waitFor(d -> d.getCurrentUrl().contains("/requester/?booking=" + reference));
                signedOut.waitFor(d -> d.findElement(By.id("booking-title")).getText().contains(reference));
            }
        } finally {
            Scenario.cancel("somchai", reference);
        }
    }

    @Test
    void aBrowserInThaiGetsThaiSignInAndThaiPages() {
        try (Browser somchai = Browser.open(Viewport.DESKTOP, "th")) {
            somchai.go("/");
            somchai.waitFor(d -> !d.findElements(By.id("kc-login")).isEmpty());
            String login = somchai.bodyText();
            assertTrue(login.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F), "Keycloak in Thai: " + login);
            somchai.screenshot("keycloak-login-th");
            somchai.signIn("somchai").waitForPath("/requester/");
            somchai.heading("จองล่าม");
            assertEquals("th", somchai.script("return document.documentElement.lang"));
            somchai.field("ภาษา"); // the language switch, labelled in Thai
            somchai.checkBothSizes("requester-th");
        }
    }

    @Test
    void theInterpretersDoorInBurmeseUsesTheFontSaphanServes() {
        try (Browser thida = Browser.open(Viewport.PHONE, "my")) {
            thida.go("/interpreter/").signIn("thida").waitForPath("/interpreter/");
            thida.heading("ကမ်းလှမ်းချက်များ");
            assertEquals("my", thida.script("return document.documentElement.lang"));
            thida.waitFor(d -> Boolean.TRUE.equals(thida.script(
                    "return [...document.fonts].some(f => f.family.includes('Saphan Myanmar') && f.status === 'loaded')")));
            thida.checkBothSizes("interpreter-my");
            thida.link("အားလပ်ချိန်နှင့် ခွင့်ရက်များ").click();
            thida.heading("အားလပ်ချိန်နှင့် ခွင့်ရက်များ");
            thida.checkBothSizes("interpreter-availability-my");
        }
    }

    @Test
    void aPhoneThatLosesItsConnectionSaysSoAndGetsTheOfferMadeMeanwhile() {
        Scenario.onCall("thida", true);
        String reference = null;
        try (Browser thida = Browser.open(Viewport.PHONE, "en")) {
            thida.go("/interpreter/").signIn("thida").waitForPath("/interpreter/");
            thida.heading("Offers");
            thida.waitFor(d -> "online".equals(d.findElement(By.tagName("body")).getAttribute("data-connection")));
            Set<String> before = offerIds(thida);

            thida.network(false);
            long cut = System.nanoTime();
            thida.waitFor(d -> d.findElement(By.id("offline-banner")).isDisplayed(), Duration.ofSeconds(3));
            assertTrue(System.nanoTime() - cut < Duration.ofSeconds(3).toNanos());
            thida.text("Offline, reconnecting…");
            thida.check("interpreter-offline");

            reference = Scenario.immediateRemote("somchai", "mya", caseCode()).getString("reference");
            thida.network(true);
            WebElement offer = newOffer(thida, before, Duration.ofSeconds(20));
            assertTrue(offer.getText().contains("Burmese"), offer.getText());
            thida.waitFor(d -> !d.findElement(By.id("offline-banner")).isDisplayed());
        } finally {
            if (reference != null) {
                Scenario.cancel("somchai", reference);
            }
            Scenario.onCall("thida", false);
        }
    }
}
