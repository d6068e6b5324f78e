package org.saphan.domain.model.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The log in a list, for tests without a database: appends seal entries through the head exactly as the JPA log does.
 * A test may change the listed entries behind the head's back, as someone editing the table would.
 */
public class InMemoryAuditLog implements AuditLog {

    public final List<AuditEntry> entries = new ArrayList<>();
    private final AuditHead head = AuditHead.empty();

    @Override
    public AuditEntry append(AuditRecord record) {
        AuditEntry e = head.append(record, Instant.now());
        entries.add(e);
        return e;
    }

    @Override
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return entries.stream().sorted(Comparator.comparingLong(AuditEntry::sequence).reversed()).skip(offset)
                .limit(limit).toList();
    }

    @Override
    public long count(AuditQuery query) {
        return entries.size();
    }

    @Override
    public List<AuditEntry> range(long after, long upTo, int limit) {
        return entries.stream().filter(e -> e.sequence() > after && e.sequence() <= upTo).limit(limit).toList();
    }

    @Override
    public Optional<AuditHead> head() {
        return Optional.of(head);
    }
}
