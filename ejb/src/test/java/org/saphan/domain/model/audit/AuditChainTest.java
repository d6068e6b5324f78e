package org.saphan.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chain's serialisation and its tamper evidence, without a database. */
class AuditChainTest {

    private static final Actor PLOY = new Actor("sub-ploy", "ploy", "coordinator", "SAPHAN");

    private static AuditRecord record(AuditAction action, String object, String reason) {
        return AuditRecord.of(PLOY, action, "booking", object, Outcome.ALLOWED, reason, "req-1");
    }

    private static List<AuditEntry> chain(int n) {
        InMemoryAuditLog log = new InMemoryAuditLog();
        for (int i = 1; i <= n; i++) {
            log.append(record(AuditAction.BOOKING_READ, "SPH-2026-%06d".formatted(i), null));
        }
        return new ArrayList<>(log.entries);
    }

    private static ChainVerification verify(List<AuditEntry> entries, long headSeq, String headHash) {
        ChainVerification v = new ChainVerification();
        for (AuditEntry e : entries) {
            if (!v.accept(e)) {
                break;
            }
        }
        v.finish(headSeq, headHash);
        return v;
    }

    private static void set(AuditEntry e, String field, Object value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(e, value);
    }

    @Test
    void theSerialisationIsDeterministicAndCoversEveryField() {
        Instant at = Instant.parse("2026-12-01T02:00:00.123Z");
        AuditEntry a = AuditEntry.seal(7, at, record(AuditAction.BOOKING_READ, "SPH-2026-000001", "why"),
                AuditChain.GENESIS);
        AuditEntry b = AuditEntry.seal(7, at, record(AuditAction.BOOKING_READ, "SPH-2026-000001", "why"),
                AuditChain.GENESIS);
        assertEquals(AuditChain.canonical(a), AuditChain.canonical(b));
        assertEquals(a.hash(), b.hash());
        assertEquals(64, a.hash().length());
        assertNotEquals(a.hash(), AuditEntry.seal(7, at, record(AuditAction.BOOKING_READ, "SPH-2026-000001", "whz"),
                AuditChain.GENESIS).hash());
        assertNotEquals(a.hash(), AuditEntry.seal(8, at, record(AuditAction.BOOKING_READ, "SPH-2026-000001", "why"),
                AuditChain.GENESIS).hash());
        assertNotEquals(a.hash(), AuditEntry.seal(7, at, record(AuditAction.BOOKING_READ, "SPH-2026-000001", "why"),
                "1".repeat(64)).hash());
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not serialise alike
        Actor one = new Actor("s", "ab", "c", null);
        Actor two = new Actor("s", "a", "bc", null);
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        AuditEntry x = AuditEntry.seal(1, at, AuditRecord.of(one, AuditAction.API_REQUEST, null, null,
                Outcome.DENIED, null, null), AuditChain.GENESIS);
        AuditEntry y = AuditEntry.seal(1, at, AuditRecord.of(two, AuditAction.API_REQUEST, null, null,
                Outcome.DENIED, null, null), AuditChain.GENESIS);
        assertNotEquals(x.hash(), y.hash());
        // null and empty differ too
        AuditEntry n = AuditEntry.seal(1, at, AuditRecord.of(PLOY, AuditAction.API_REQUEST, null, null,
                Outcome.DENIED, null, null), AuditChain.GENESIS);
        AuditEntry empty = AuditEntry.seal(1, at, AuditRecord.of(PLOY, AuditAction.API_REQUEST, null, null,
                Outcome.DENIED, "", null), AuditChain.GENESIS);
        assertNotEquals(n.hash(), empty.hash());
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditEntry> entries = chain(20);
        AuditEntry last = entries.get(19);
        ChainVerification v = verify(entries, last.sequence(), last.hash());
        assertTrue(v.valid(), v.problem().orElse(""));
        assertEquals(20, v.checked());
    }

    @Test
    void aChangedFieldIsNamed() throws Exception {
        List<AuditEntry> entries = chain(20);
        AuditEntry last = entries.get(19);
        set(entries.get(9), "actorUsername", "somebody-else");
        ChainVerification v = verify(entries, last.sequence(), last.hash());
        assertFalse(v.valid());
        assertEquals(10L, v.firstInvalid().orElseThrow());
    }

    @Test
    void aDeletedEntryIsNamedByTheOneAfterTheGap() {
        List<AuditEntry> entries = chain(20);
        AuditEntry last = entries.get(19);
        entries.remove(9);
        ChainVerification v = verify(entries, last.sequence(), last.hash());
        assertEquals(11L, v.firstInvalid().orElseThrow(), v.problem().orElse(""));
    }

    @Test
    void aCutEndIsFoundAtTheHead() {
        List<AuditEntry> entries = chain(20);
        AuditEntry last = entries.get(19);
        entries.remove(19);
        ChainVerification v = verify(entries, last.sequence(), last.hash());
        assertEquals(20L, v.firstInvalid().orElseThrow());
    }

    @Test
    void swappedEntriesAreNamed() throws Exception {
        List<AuditEntry> entries = chain(20);
        AuditEntry last = entries.get(19);
        // swap the places of 5 and 6, keeping their sequence numbers in order (as a swap of rows' contents would)
        AuditEntry five = entries.get(4);
        AuditEntry six = entries.get(5);
        set(five, "sequence", 6L);
        set(six, "sequence", 5L);
        Collections.swap(entries, 4, 5);
        ChainVerification v = verify(entries, last.sequence(), last.hash());
        assertEquals(5L, v.firstInvalid().orElseThrow());
    }

    @Test
    void anInsertedEntryIsNamedEvenWithAWellFormedHash() throws Exception {
        List<AuditEntry> entries = chain(20);
        AuditEntry last = entries.get(19);
        // the forger knows the algorithm: a correct hash over the entry before it, then renumbers what follows
        AuditEntry forged = AuditEntry.seal(8, Instant.now(), record(AuditAction.BOOKING_READ, "SPH-2026-999999",
                null), entries.get(6).hash());
        for (int i = 7; i < entries.size(); i++) {
            set(entries.get(i), "sequence", entries.get(i).sequence() + 1);
        }
        entries.add(7, forged);
        ChainVerification v = verify(entries, last.sequence() + 1, last.hash());
        assertEquals(9L, v.firstInvalid().orElseThrow(), v.problem().orElse(""));
    }

    @Test
    void aConsistentRewriteDiffersFromTheSignedCheckpoint() {
        List<AuditEntry> honest = chain(10);
        InMemoryAuditLog rewritten = new InMemoryAuditLog();
        for (int i = 1; i <= 10; i++) {
            rewritten.append(record(AuditAction.BOOKING_READ, i == 4
                    ? "SPH-2026-999999"
                    : "SPH-2026-%06d"
                            .formatted(i),
                    null));
        }
        ChainVerification v = new ChainVerification(Map.of(10L, honest.get(9).hash()));
        rewritten.entries.forEach(v::accept);
        AuditEntry head = rewritten.entries.get(9);
        v.finish(head.sequence(), head.hash());
        assertFalse(v.valid());
        assertEquals(10L, v.firstInvalid().orElseThrow());
    }

    @Test
    void aLogCutBackBelowTheCheckpointAVerifyStartsFromIsFound() {
        List<AuditEntry> entries = chain(10);
        ChainVerification v = ChainVerification.fromCheckpoint(8, entries.get(7).hash());
        // entries 8 to 10 deleted and the head set back to 7: nothing is left to read from the checkpoint on
        v.finish(7, entries.get(6).hash());
        assertFalse(v.valid());
        assertEquals(8, v.firstInvalid().orElseThrow());
        assertEquals("entry 8: a signed checkpoint covers entries up to 8: the log was cut", v.problem().orElseThrow());
    }

    @Test
    void reasonsCannotForgeALine() {
        String typed = "moved\nAuditEntry[99 BOOKING_READ ALLOWED]\r\t\u2028\u0007\\";
        String stored = AuditRecord.escape(typed);
        assertFalse(stored.contains("\n"));
        assertFalse(stored.contains("\r"));
        assertFalse(stored.contains("\u2028"));
        assertFalse(stored.contains("\u0007"));
        assertEquals("moved\\nAuditEntry[99 BOOKING_READ ALLOWED]\\r\\t\\u2028\\u0007\\\\", stored);
        assertEquals("(invalid)", AuditRecord.safeId("Somchai Jaidee"));
        assertEquals("SPH-2026-000001", AuditRecord.safeId("SPH-2026-000001"));
    }
}
