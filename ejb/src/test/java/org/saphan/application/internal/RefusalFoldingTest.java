package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalFoldingTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aFloodFromOneAddressIsOneEntryNowAndOneWithTheCountLater() {
        RefusalFolding f = new RefusalFolding(Duration.ofSeconds(60));
        int written = 0;
        for (int i = 0; i < 300; i++) {
            if (f.refused("10.0.0.1", "401 invalid-token", "GET /api/me", T0.plusMillis(i * 5))) {
                written++;
            }
        }
        assertEquals(1, written);
        assertTrue(f.close(T0.plusSeconds(59)).isEmpty(), "the window is still open");
        List<RefusalFolding.Folded> folded = f.close(T0.plusSeconds(60));
        assertEquals(1, folded.size());
        assertEquals(299, folded.get(0).repeats());
        assertEquals(T0, folded.get(0).since());
        assertEquals(0, f.openWindows());
        assertTrue(f.refused("10.0.0.1", "401 invalid-token", "GET /api/me", T0.plusSeconds(61)),
                "after the window, the next refusal is written again");
    }

    @Test
    void aSingleRefusalIsWrittenOnceAndNotAgainWhenItsWindowCloses() {
        RefusalFolding f = new RefusalFolding(Duration.ofSeconds(60));
        assertTrue(f.refused("10.0.0.1", "401 no-token", "GET /api/me", T0));
        assertTrue(f.refused("10.0.0.1", "401 no-token", "GET /api/bookings", T0), "another path is another kind");
        assertTrue(f.refused("10.0.0.2", "401 no-token", "GET /api/me", T0), "another address is another kind");
        assertTrue(f.refused("10.0.0.1", "401 invalid-token", "GET /api/me", T0), "another code is another kind");
        assertTrue(f.close(T0.plusSeconds(120)).isEmpty(), "nothing was repeated, nothing more to write");
    }

    @Test
    void manyPathsFromOneAddressFoldIntoOneWindowOfThatAddress() {
        RefusalFolding f = new RefusalFolding(Duration.ofSeconds(60));
        int written = 0;
        for (int i = 0; i < 1000; i++) {
            if (f.refused("10.0.0.1", "401 no-token", "GET /api/bookings/SPH-2026-" + i, T0)) {
                written++;
            }
        }
        assertEquals(RefusalFolding.MAX_KEYS_PER_ADDRESS + 1, written);
        List<RefusalFolding.Folded> folded = f.close(T0.plusSeconds(60));
        assertEquals(1, folded.size());
        assertEquals(RefusalFolding.ANY_PATH, folded.get(0).key().request());
        assertEquals(1000 - written, folded.get(0).repeats());
    }

    @Test
    void manyAddressesFoldIntoOneWindowForAll() {
        RefusalFolding f = new RefusalFolding(Duration.ofSeconds(60));
        int written = 0;
        for (int i = 0; i < 5000; i++) {
            if (f.refused("10.1." + (i / 256) + "." + (i % 256), "401 no-token", "GET /api/me", T0)) {
                written++;
            }
        }
        assertEquals(RefusalFolding.MAX_WINDOWS + 1, written, "the chain grows by a bounded number of entries");
        long counted = written + f.close(T0.plusSeconds(60)).stream().mapToLong(RefusalFolding.Folded::repeats)
                .sum();
        assertEquals(5000, counted, "every refusal is counted");
        assertFalse(f.openWindows() > 0);
    }
}
