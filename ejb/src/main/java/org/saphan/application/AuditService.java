package org.saphan.application;

import java.util.List;
import org.saphan.application.audit.AuditEntryView;
import org.saphan.application.audit.AuditPage;
import org.saphan.application.audit.AuditSearch;
import org.saphan.application.audit.VerifyReport;

/**
 * The confidentiality log for coordinators: search, verify, export and a booking's access history. Only coordinators
 * read the log, and every read of it is itself an entry.
 */
public interface AuditService {

    /** Entries matching the search, newest first, one page. */
    AuditPage search(AuditSearch search);

    /** Recomputes the whole chain and compares it with the signed checkpoints. */
    VerifyReport verify();

    /** Entries in the time range, oldest first, for a CSV export. */
    List<AuditEntryView> export(String from, String to);

    /** Who saw or changed this booking, newest first. */
    AuditPage accessHistory(String reference, Integer page, Integer size);
}
