package org.saphan.application;

import java.util.List;
import org.saphan.application.audit.AuditEntryView;
import org.saphan.application.audit.AuditPage;
import org.saphan.application.audit.AuditSearch;
import org.saphan.application.audit.FullWalkView;
import org.saphan.application.audit.VerifyReport;

/**
 * The confidentiality log for coordinators: search, verify, export and a booking's access history. Only coordinators
 * read the log, and every read of it is itself an entry.
 */
public interface AuditService {

    /** Entries matching the search, newest first, one page. */
    AuditPage search(AuditSearch search);

    /**
     * Checks the chain from the last signed checkpoint to the head, which takes about as long whatever the log's size,
     * and tells how the last walk over the whole chain went.
     */
    VerifyReport verify();

    /**
     * Starts a walk over the whole chain, up to the head as it stands, in the background; {@link #verify()} shows its
     * progress and its result.
     *
     * @throws org.saphan.domain.model.shared.ConflictException when a walk is running already
     */
    FullWalkView startFullWalk();

    /** Entries in the time range, oldest first, for a CSV export. */
    List<AuditEntryView> export(String from, String to);

    /** Who saw or changed this booking, newest first. */
    AuditPage accessHistory(String reference, Integer page, Integer size);
}
