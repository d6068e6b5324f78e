package org.saphan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saphan.it.browser.Browser;
import org.saphan.it.browser.Viewport;

/**
 * The session room in three headless Chromiums, each with a fake microphone playing its own tone (a WAV file this test
 * writes): the officer at a desk, the interpreter on a phone, and a guest on a phone who joined with a code on
 * {@code /join} in Burmese whose browser plays only the second codec (IMA ADPCM), so that the officer and the
 * interpreter, who spoke Opus until then, switch to it. Each page must play
 * the two others' tones and not its own (the pages' playout spectrum, read through their test hook); a muted officer
 * goes silent; text arrives; the interpreter's connection is cut and the page brings it back by itself; the officer
 * ends the session and every page says so. A second, lighter test refuses a used code in Burmese and shows a guest
 * whose browser blocks the microphone the steps to allow it, while the officer is told.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRoomBrowserIT {

    /** The three voices: far enough apart for the spectrum, under 4 kHz for the narrowband codec. */
    private static final double OFFICER = 600;
    private static final double INTERPRETER = 1000;
    private static final double GUEST = 1500;
    /** A tone played by the page stands well above this (−20 to −45 dB); silence and leakage stay far below. */
    private static final double HEARD_DB = -55;
    private static final double SILENT_DB = -62;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.saphanEar();
    }

    private record Booked(String reference, Pool.Interpreter interpreter, String requester) {
    }

    private static Booked assignedRemoteBooking(String interpreterName) {
        Pool.Interpreter interpreter = Pool.interpreter(interpreterName, "mya", "Tak", "FEMALE", false);
        String somchai = Tokens.password("somchai");
        Instant start = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String code = "IT-SB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "1";
        String reference = Pool.create(somchai, Pool.booking("SCHEDULED", "REMOTE", start, 60, "mya", "Bangkok", code))
                .getString("reference");
        // assigned by hand: which few interpreters a scheduled booking's first wave reaches depends on the whole pool,
        // which other tests share; the room is what this test is about
        Http.Answer assigned = Http.post("/api/bookings/" + reference + "/assign", Pool.coordinator(),
                "{\"interpreterId\":" + interpreter.id() + ",\"reason\":\"session room test\",\"override\":false}");
        assertEquals(200, assigned.status(), assigned.body());
        return new Booked(reference, interpreter, somchai);
    }

    private static String guestCode(Booked b) {
        Http.Answer code = Http.post("/api/bookings/" + b.reference() + "/guest-codes", b.requester(), null);
        assertEquals(201, code.status(), code.body());
        return code.json().getString("code");
    }

    /** A fake microphone: a tone in bursts (0.35 s on, 0.15 s off, like speech), 48 kHz mono, 16 bit. */
    private static Path tone(double frequency) throws IOException {
        Path dir = Path.of(ItConfig.require("saphan.it.screenshots")).getParent().resolve("tones");
        Files.createDirectories(dir);
        Path wav = dir.resolve("tone-" + (int) frequency + ".wav");
        int rate = 48000;
        int samples = rate * 10;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            double t = (double) i / rate;
            double amplitude = (t % 0.5) < 0.35 ? 0.5 : 0;
            b.putShort((short) (32767 * amplitude * Math.sin(2 * Math.PI * frequency * t)));
        }
        Files.write(wav, b.array());
        return wav;
    }

    private static Browser withMicrophone(Viewport viewport, String language, double frequency) throws IOException {
        return Browser.open(viewport, language, List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + tone(frequency),
                "--autoplay-policy=no-user-gesture-required"));
    }

    /** The loudest level (dB) at each tone over a second of the page's playout, read through its test hook. */
    @SuppressWarnings("unchecked")
    private static double[] heard(Browser page) throws InterruptedException {
        double[] max = {-200, -200, -200};
        for (int i = 0; i < 6; i++) {
            List<Number> levels = (List<Number>) page.script("return saphanRoom.levelsAt(arguments[0]);",
                    List.of(OFFICER, INTERPRETER, GUEST));
            for (int k = 0; k < 3; k++) {
                double v = levels.get(k) == null ? -200 : levels.get(k).doubleValue();
                max[k] = Math.max(max[k], v);
            }
            Thread.sleep(200);
        }
        return max;
    }

    /** Waits until the page plays the tones it should and not those it should not (index: officer, interpreter, guest). */
    private static void awaitHearing(Browser page, String who, boolean... expected) throws InterruptedException {
        double[] levels = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(25).toNanos();
        while (System.nanoTime() < deadline) {
            levels = heard(page);
            boolean ok = true;
            for (int k = 0; k < 3; k++) {
                ok &= expected[k] ? levels[k] > HEARD_DB : levels[k] < SILENT_DB;
            }
            if (ok) {
                return;
            }
        }
        throw new AssertionError(who + " plays " + java.util.Arrays.toString(levels) + " dB at 600/1000/1500 Hz; "
                + "expected " + java.util.Arrays.toString(expected));
    }

    /** Waits until the page's list of people names these roles (as the page words them). */
    private static void awaitPeople(Browser page, String... roles) {
        page.waitFor(d -> {
            String people = (String) page.script("return document.getElementById('people').innerText;");
            return java.util.Arrays.stream(roles).allMatch(people::contains);
        }, Duration.ofSeconds(15));
    }

    private static void awaitState(Browser page, String state) {
        page.waitFor(d -> state.equals(page.script("return window.saphanRoom ? saphanRoom.state() : null;")),
                Duration.ofSeconds(30));
    }

    @Test
    void threeBrowsersHearEachOtherThroughTheInterpreterAndTheOfficerEndsIt() throws Exception {
        Booked b = assignedRemoteBooking("it-sb-" + UUID.randomUUID().toString().substring(0, 6));
        List<Browser> browsers = new ArrayList<>();
        try {
            Browser officer = withMicrophone(Viewport.DESKTOP, "en", OFFICER);
            browsers.add(officer);
            Browser interpreter = withMicrophone(Viewport.PHONE, "en", INTERPRETER);
            browsers.add(interpreter);
            Browser guest = withMicrophone(Viewport.PHONE, "my", GUEST);
            browsers.add(guest);

            officer.go("/session/" + b.reference()).signIn("somchai").waitForPath("/session/" + b.reference());
            officer.button("Join the room").click();
            interpreter.go("/session/" + b.reference()).signIn(b.interpreter().username())
                    .waitForPath("/session/" + b.reference());
            interpreter.button("Join the room").click();
            awaitState(officer, "live");
            awaitState(interpreter, "live");
            // two Chromiums: Opus through WebCodecs both ways
            awaitHearing(officer, "the officer, before the guest", false, true, false);
            awaitHearing(interpreter, "the interpreter, before the guest", true, false, false);
            assertEquals("opus", officer.script("return saphanRoom.figures().sending;"));

            // the guest: the QR code's address, Burmese, the code already there; its browser plays only the second
            // codec (as an older Safari without WebCodecs), so everyone sends IMA ADPCM while it is in the room
            guest.go("/join/#" + guestCode(b));
            guest.button("မြန်မာ");
            assertEquals("/join/", guest.path(), "the code left the address");
            assertTrue(!guest.driver().getCurrentUrl().contains("#"), guest.driver().getCurrentUrl());
            guest.check("join-language");
            guest.script(
                    "localStorage.setItem('saphan.codec', 'adpcm'); localStorage.setItem('saphan.decode', 'adpcm');");
            guest.button("မြန်မာ").click();
            guest.heading("စကားပြန်နှင့် စကားပြောရန်");
            guest.check("join-code");
            guest.button("ဝင်ရန်").click();

            for (Browser page : browsers) {
                awaitState(page, "live");
            }
            awaitHearing(officer, "the officer", false, true, true);
            awaitHearing(interpreter, "the interpreter", true, false, true);
            awaitHearing(guest, "the guest", true, true, false);
            assertEquals("adpcm", guest.script("return saphanRoom.figures().sending;"));
            assertEquals("adpcm", officer.script("return saphanRoom.figures().sending;"), "for the guest's sake");
            assertEquals("adpcm", interpreter.script("return saphanRoom.figures().sending;"));
            awaitPeople(officer, "Interpreter", "Guest");
            awaitPeople(interpreter, "Officer", "Guest");
            awaitPeople(guest, "အရာရှိ", "စကားပြန်");
            officer.check("session-room");
            interpreter.check("session-room");
            guest.check("join-room");

            // text for names, addresses and spellings
            officer.field("Message").sendKeys("Soi 7, spelled S-O-I");
            officer.button("Send").click();
            interpreter.text("Officer: Soi 7, spelled S-O-I");
            interpreter.field("Message").sendKeys("Please repeat the village name");
            interpreter.button("Send").click();
            officer.text("Interpreter: Please repeat the village name");

            // the officer mutes: the others stop hearing 600 Hz, and hear it again after Unmute
            officer.button("Mute").click();
            awaitHearing(interpreter, "the interpreter, officer muted", false, false, true);
            awaitHearing(guest, "the guest, officer muted", false, true, false);
            officer.button("Unmute").click();
            awaitHearing(interpreter, "the interpreter, officer unmuted", true, false, true);

            // the interpreter's connection is cut; the page brings it back by itself and hears again
            interpreter.network(false);
            awaitState(interpreter, "reconnecting");
            interpreter.network(true);
            awaitState(interpreter, "live");
            awaitHearing(interpreter, "the interpreter, reconnected", true, false, true);
            awaitHearing(officer, "the officer, interpreter reconnected", false, true, true);

            // the figures the pages keep (the benchmark prints them; here only that they exist)
            JsonObject figures;
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(
                    (String) officer.script("return JSON.stringify(saphanRoom.figures());")))) {
                figures = reader.readObject();
            }
            assertTrue(figures.getInt("frames") > 100, figures.toString());

            officer.button("End session").click();
            officer.button("Yes, end it for everyone").click();
            officer.text("The session has ended.");
            interpreter.text("The session has ended.");
            guest.text("ဆွေးနွေးမှု ပြီးဆုံးပါပြီ။");
            guest.check("join-ended");
        } finally {
            for (Browser page : browsers) {
                page.close();
            }
        }
    }

    @Test
    void aUsedCodeIsRefusedInBurmeseAndABlockedMicrophoneGetsHelpWhileTheOfficerIsTold() throws Exception {
        Booked b = assignedRemoteBooking("it-sb-" + UUID.randomUUID().toString().substring(0, 6));
        String used = guestCode(b);
        assertEquals(200, Http.post("/api/guest-tickets", null, "{\"code\":\"" + used + "\"}").status());
        Http.Answer ticket = Http.post("/api/gateway-tickets", b.requester(),
                "{\"channel\":\"session\",\"booking\":\"" + b.reference() + "\"}");
        WsClient officer = WsClient.connect("/gateway/sessions/" + b.reference(), ticket.json().getString("ticket"));
        officer.next("joined");
        // a browser that refuses every permission prompt: the microphone is blocked
        try (Browser guest = Browser.open(Viewport.DESKTOP, "en", List.of("--use-fake-device-for-media-stream",
                "--deny-permission-prompts", "--autoplay-policy=no-user-gesture-required"))) {
            guest.go("/join");
            guest.button("မြန်မာ").click();
            for (String[] script : new String[][]{{"Saphan Myanmar", "မြန်မာ"}, {"Saphan Khmer", "ខ្មែរ"},
                    {"Saphan Lao", "ລາວ"}}) {
                Object loaded = ((org.openqa.selenium.JavascriptExecutor) guest.driver()).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "document.fonts.load('16px \"' + arguments[0] + '\"', arguments[1])"
                                + ".then((faces) => done(faces.length), () => done(-1));",
                        script[0], script[1]);
                assertEquals(1L, loaded, script[0] + " is served");
            }
            guest.field("ကုဒ်").sendKeys(used);
            guest.button("ဝင်ရန်").click();
            guest.text("ဤကုဒ် အသုံးမဝင်ပါ။ အရာရှိထံ ကုဒ်အသစ် တောင်းပါ။");
            guest.check("join-code-refused");

            guest.field("ကုဒ်").clear();
            guest.field("ကုဒ်").sendKeys(guestCode(b));
            guest.button("ဝင်ရန်").click();
            guest.heading("သင့်မိုက်ခရိုဖုန်း ပိတ်ဆို့ထားသည်");
            guest.button("ထပ်ကြိုးစားရန်");
            guest.button("ထွက်ရန်");
            JsonObject blocked = officer.next("microphone");
            assertEquals("guest", blocked.getString("role"));
            assertTrue(blocked.getBoolean("blocked"));
            guest.check("join-microphone-blocked");
            guest.button("ထွက်ရန်").click();
            guest.heading("သင် ဆွေးနွေးမှုမှ ထွက်ခဲ့ပြီ။");
            assertEquals("guest", officer.next("participant-left").getJsonObject("participant").getString("role"));
        } finally {
            officer.close();
        }
    }
}
