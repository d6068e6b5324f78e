package org.saphan.domain.model.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The log in a list, for tests without a database: appends seal entries exactly as the JPA log does. */
public class InMemoryAuditLog implements AuditLog {

    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public AuditEntry append(AuditRecord record) {
        String previous = entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).hash();
        AuditEntry e = AuditEntry.seal(entries.size() + 1, Instant.now(), record, previous);
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
        return Optional.empty();
    }
}
