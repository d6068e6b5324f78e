package org.saphan.domain.model.audit;

/**
 * The chain's arithmetic: the one serialisation of an entry and its SHA-256. The serialisation is deterministic and
 * unambiguous: a version tag, then every field in a fixed order, each written as its length in UTF-16 units, a colon
 * and the value, or a dash for "none"; the previous entry's hash comes last. So no two different entries serialise
 * alike, and changing, removing, inserting or reordering an entry changes a hash from that point on.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "saphan-audit-v1";

    private AuditChain() {
    }

    /** The serialisation that the hash covers. */
    public static String canonical(AuditEntry e) {
        StringBuilder s = new StringBuilder(256).append(VERSION).append('|');
        field(s, Long.toString(e.sequence()));
        field(s, Long.toString(e.occurredAt().toEpochMilli()));
        field(s, e.actorSubject());
        field(s, e.actorUsername());
        field(s, e.actorRole());
        field(s, e.actorAgency());
        field(s, e.action());
        field(s, e.objectType());
        field(s, e.objectId());
        field(s, e.objectIds());
        field(s, e.outcome());
        field(s, e.reason());
        field(s, e.requestId());
        field(s, e.previousHash());
        return s.toString();
    }

    /** The hash an entry must carry: SHA-256 of its serialisation, which includes the previous hash. */
    public static String hashOf(AuditEntry e) {
        return sha256(canonical(e));
    }

    public static String sha256(String text) {
        return org.saphan.domain.model.shared.Sha256.hex(text);
    }

    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append('-');
        } else {
            s.append(value.length()).append(':').append(value);
        }
        s.append('|');
    }
}
