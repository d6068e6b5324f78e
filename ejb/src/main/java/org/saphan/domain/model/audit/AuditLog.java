package org.saphan.domain.model.audit;

import java.util.List;
import java.util.Optional;

/** The confidentiality log: appended to in the transaction of each act, read by coordinators. */
public interface AuditLog {

    /**
     * Appends the record as the next entry, in the caller's transaction (there must be one): if the entry cannot be
     * written, the act fails with it.
     */
    AuditEntry append(AuditRecord record);

    /** Entries matching the query, newest first. */
    List<AuditEntry> find(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);

    /**
     * Entries with sequence in (after, upTo], in order, no longer managed: for walking the chain, which keeps one page
     * at a time.
     */
    List<AuditEntry> range(long after, long upTo, int limit);

    /** The head as it stands now (not locked, read again at each call). */
    Optional<AuditHead> head();
}
