package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saphan.domain.model.audit.Actor;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditEntry;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Checkpoint;
import org.saphan.domain.model.audit.Checkpoints;
import org.saphan.domain.model.audit.InMemoryAuditLog;
import org.saphan.domain.model.audit.Outcome;

/**
 * Verifying from the last signed checkpoint reads only what came after it and still names an entry changed there;
 * an entry changed before it is left to the whole walk, which names it; the checkpoint job signs only a head that
 * verifies.
 */
class AuditChainChecksTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Actor PLOY = new Actor("sub-ploy", "ploy", "coordinator", "SAPHAN");

    /** Checkpoints in a list; {@link #forge} adds a line whose signature does not match. */
    private static final class ListedCheckpoints implements Checkpoints {
        final List<Checkpoint> lines = new ArrayList<>();

        @Override
        public void append(String chainId, long sequence, String hash, Instant at) {
            lines.add(new Checkpoint(sequence, hash, at, true));
        }

        @Override
        public List<Checkpoint> read(String chainId) {
            return List.copyOf(lines);
        }

        void forge(long sequence, String hash) {
            lines.add(new Checkpoint(sequence, hash, NOW, false));
        }
    }

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final ListedCheckpoints checkpoints = new ListedCheckpoints();
    private final AuditChainChecks checks = new AuditChainChecks(log, checkpoints);

    private void write(int n) {
        for (int i = 0; i < n; i++) {
            log.append(AuditRecord.of(PLOY, AuditAction.BOOKING_READ, "booking", "SPH-2026-%06d".formatted(i + 1),
                    Outcome.ALLOWED, null, "req-" + i));
        }
    }

    private String chainId() {
        return log.head().orElseThrow().chainId().orElseThrow();
    }

    private void signAt(long sequence) {
        checkpoints.append(chainId(), sequence, log.entries.get((int) sequence - 1).hash(), NOW);
    }

    private void tamper(long sequence) throws Exception {
        Field f = AuditEntry.class.getDeclaredField("actorUsername");
        f.setAccessible(true);
        f.set(log.entries.get((int) sequence - 1), "mallory");
    }

    private AuditChainChecks.Result whole() {
        long head = log.head().orElseThrow().lastSequence();
        return checks.whole(chainId(), head, log.head().orElseThrow().lastHash(), checked -> {
        });
    }

    @Test
    void withoutACheckpointTheWholeChainIsChecked() {
        write(12_000);
        AuditChainChecks.Result r = checks.fromLastCheckpoint();
        assertTrue(r.valid(), r.problem().orElse(""));
        assertEquals(12_000, r.chain().checked());
        assertTrue(r.from().isEmpty());
        assertEquals(0, r.compared());
    }

    @Test
    void fromTheLastCheckpointOnlyTheEntriesSinceAreRead() {
        write(12_000);
        signAt(5_000);
        signAt(11_900);
        AuditChainChecks.Result r = checks.fromLastCheckpoint();
        assertTrue(r.valid(), r.problem().orElse(""));
        assertEquals(101, r.chain().checked(), "the checkpoint's own entry and the 100 after it");
        assertEquals(11_900, r.from().orElseThrow().sequence());
        assertEquals(1, r.compared());
        assertEquals(12_000, r.headSequence());
    }

    @Test
    void anEntryChangedAfterTheCheckpointIsNamedByTheCheckpointVerify() throws Exception {
        write(300);
        signAt(200);
        tamper(250);
        AuditChainChecks.Result r = checks.fromLastCheckpoint();
        assertFalse(r.valid());
        assertEquals(250, r.firstInvalid().orElseThrow());
        assertEquals("entry 250: its content does not match its hash", r.problem().orElseThrow());
    }

    @Test
    void theCheckpointsOwnEntryChangedIsNamed() throws Exception {
        write(300);
        signAt(200);
        tamper(200);
        assertEquals(200, checks.fromLastCheckpoint().firstInvalid().orElseThrow());
    }

    @Test
    void anEntryChangedBeforeTheCheckpointIsLeftToTheWholeWalkWhichNamesIt() throws Exception {
        write(300);
        signAt(200);
        tamper(120);
        assertTrue(checks.fromLastCheckpoint().valid(), "not read: it lies before the checkpoint");
        AuditChainChecks.Result walk = whole();
        assertFalse(walk.valid());
        assertEquals(120, walk.firstInvalid().orElseThrow());
        assertEquals(120, walk.chain().checked());
    }

    @Test
    void aDeletedCheckpointEntryIsNamedByTheOneAfterTheGap() {
        write(300);
        signAt(200);
        log.entries.remove(199);
        AuditChainChecks.Result r = checks.fromLastCheckpoint();
        assertEquals(201, r.firstInvalid().orElseThrow(), r.problem().orElse(""));
    }

    @Test
    void aForgedCheckpointLineMakesTheLogInvalid() {
        write(300);
        signAt(200);
        checkpoints.forge(250, log.entries.get(249).hash());
        AuditChainChecks.Result r = checks.fromLastCheckpoint();
        assertFalse(r.valid());
        assertEquals(200, r.from().orElseThrow().sequence(), "a forged line is never a starting point");
        assertTrue(r.problem().orElseThrow().contains("no valid signature"), r.problem().orElseThrow());
        assertFalse(whole().valid());
    }

    @Test
    void aForgedLineBeforeTheLastIsTheWholeWalksToFind() {
        write(300);
        checkpoints.forge(150, log.entries.get(149).hash());
        signAt(200);
        assertTrue(checks.fromLastCheckpoint().valid(), "verify reads the last line only");
        AuditChainChecks.Result walk = whole();
        assertFalse(walk.valid());
        assertEquals(150, walk.firstInvalid().orElseThrow());
    }

    @Test
    void theWholeWalkReportsItsProgressPerPage() {
        write(12_000);
        List<Long> progress = new ArrayList<>();
        AuditChainChecks.Result r = checks.whole(chainId(), 12_000, log.entries.get(11_999).hash(), progress::add);
        assertTrue(r.valid());
        assertEquals(List.of(5_000L, 10_000L, 12_000L), progress);
    }

    @Test
    void theCheckpointJobSignsOnlyAHeadThatVerifiesFromTheLastCheckpoint() throws Exception {
        AuditCheckpointJob job = new AuditCheckpointJob();
        job.chain = checks;
        job.checkpoints = checkpoints;
        job.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        write(100);
        job.checkpointNow();
        assertEquals(100, checkpoints.last(chainId()).orElseThrow().sequence(), "the first checkpoint");
        job.checkpointNow();
        assertEquals(1, checkpoints.lines.size(), "the head did not move: nothing to sign");
        write(50);
        tamper(130);
        job.checkpointNow();
        assertEquals(100, checkpoints.last(chainId()).orElseThrow().sequence(),
                "a head the entries since the last checkpoint do not lead to is not signed");
        assertEquals(130, checks.fromLastCheckpoint().firstInvalid().orElseThrow(), "so verify still finds it");
    }

    @Test
    void signIfNewerNeverSignsBehindTheLastCheckpoint() {
        write(10);
        checks.signIfNewer(chainId(), 8, log.entries.get(7).hash(), NOW);
        checks.signIfNewer(chainId(), 5, log.entries.get(4).hash(), NOW);
        checks.signIfNewer(chainId(), 8, log.entries.get(7).hash(), NOW);
        assertEquals(1, checkpoints.lines.size());
        assertEquals(8, checkpoints.lines.get(0).sequence());
    }
}
