package org.saphan.infrastructure.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saphan.domain.model.audit.Checkpoint;

/** The checkpoint file: every line signed; the last line read from the file's end alone, its signature checked. */
class CheckpointStoreTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    private static final String CHAIN = UUID.randomUUID().toString();

    @TempDir
    Path data;

    private CheckpointStore store() {
        return store("test-key");
    }

    private CheckpointStore store(String key) {
        String before = System.getProperty("jboss.server.data.dir");
        System.setProperty("jboss.server.data.dir", data.toString());
        try {
            CheckpointStore store = new CheckpointStore();
            store.configuredKey = Optional.of(key);
            store.init();
            return store;
        } finally {
            if (before == null) {
                System.clearProperty("jboss.server.data.dir");
            } else {
                System.setProperty("jboss.server.data.dir", before);
            }
        }
    }

    private static String hash(int i) {
        return "%064x".formatted(i);
    }

    @Test
    void theLastLineIsReadFromTheEndAndItsSignatureChecked() throws Exception {
        CheckpointStore store = store();
        assertTrue(store.last(CHAIN).isEmpty());
        for (int i = 1; i <= 50; i++) {
            store.append(CHAIN, i * 100L, hash(i), AT.plusSeconds(300L * i));
        }
        Checkpoint last = store.last(CHAIN).orElseThrow();
        assertEquals(new Checkpoint(5_000, hash(50), AT.plusSeconds(300L * 50), true), last);
        List<Checkpoint> all = store.read(CHAIN);
        assertEquals(50, all.size());
        assertEquals(last, all.get(49));
        assertTrue(all.stream().allMatch(Checkpoint::signed));

        Path file = data.resolve("saphan-audit").resolve("checkpoints-" + CHAIN + ".log");
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        Files.writeString(file, text.replace(hash(50), hash(51)), StandardCharsets.US_ASCII);
        assertFalse(store.last(CHAIN).orElseThrow().signed(), "an edited last line fails its signature");
        assertFalse(store.read(CHAIN).get(49).signed());
        assertTrue(store.read(CHAIN).get(48).signed());
    }

    @Test
    void anotherKeyMakesEveryLineUnsigned() {
        store().append(CHAIN, 7, hash(7), AT);
        assertTrue(store().last(CHAIN).orElseThrow().signed());
        assertFalse(store("another-key").last(CHAIN).orElseThrow().signed());
    }
}
