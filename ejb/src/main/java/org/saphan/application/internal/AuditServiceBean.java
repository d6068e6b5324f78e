package org.saphan.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.saphan.application.AuditService;
import org.saphan.application.audit.AuditEntryView;
import org.saphan.application.audit.AuditPage;
import org.saphan.application.audit.AuditSearch;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.audit.CheckpointView;
import org.saphan.application.audit.FullWalkView;
import org.saphan.application.audit.VerifyReport;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.AuditEntry;
import org.saphan.domain.model.audit.AuditHead;
import org.saphan.domain.model.audit.AuditLog;
import org.saphan.domain.model.audit.AuditQuery;
import org.saphan.domain.model.audit.AuditRecord;
import org.saphan.domain.model.audit.Checkpoint;
import org.saphan.domain.model.audit.FullWalk;
import org.saphan.domain.model.audit.FullWalks;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.EnumValues;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.ValidationException;

/**
 * Reading the log. Each use case reads first and records its own entry last, so that the entry of a search is not
 * part of what it found, and the head's lock is held only for the write.
 */
@Stateless
@RolesAllowed(Caller.COORDINATOR)
public class AuditServiceBean implements AuditService {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    static final int MAX_EXPORT = 100_000;
    static final long MAX_OFFSET = 10_000_000;

    @Inject
    AuditLog log;

    @Inject
    AuditTrail trail;

    @Inject
    AuditChainChecks chain;

    @Inject
    FullWalks walks;

    @Inject
    Event<FullWalker.Begun> begun;

    @Inject
    BookingRepository bookings;

    @Inject
    Clock clock;

    @Override
    public AuditPage search(AuditSearch search) {
        AuditSearch s = search == null ? new AuditSearch(null, null, null, null, null, null, null) : search;
        AuditAction action = blank(s.action()) ? null : EnumValues.parse(AuditAction.class, s.action(), "action");
        String object = blank(s.object()) ? null : s.object().strip();
        if (object != null && !object.equals(AuditRecord.safeId(object))) {
            throw new ValidationException("object", "An object is a reference or an id: letters, digits, '-', "
                    + "'.', ':' and '_'.");
        }
        AuditQuery query = new AuditQuery(blank(s.actor()) ? null : s.actor().strip(), action, object,
                instant(s.from(), "from"), instant(s.to(), "to"));
        AuditPage page = page(query, s.page(), s.size());
        trail.record(AuditAction.AUDIT_SEARCH, "audit", null, "actor=" + orDash(query.actor()) + " action="
                + orDash(s.action()) + " object=" + orDash(object) + " from=" + orDash(s.from()) + " to="
                + orDash(s.to()) + " page=" + page.page());
        return page;
    }

    @Override
    public VerifyReport verify() {
        long started = System.nanoTime();
        AuditChainChecks.Result checked = chain.fromLastCheckpoint();
        Long first = checked.firstInvalid().orElse(null);
        VerifyReport report = new VerifyReport(checked.chain().checked(), checked.valid(), first,
                checked.problem().orElse(null), checked.compared(), (System.nanoTime() - started) / 1_000_000,
                checked.from().map(CheckpointView::of).orElse(null), lastWalk());
        trail.record(AuditAction.AUDIT_VERIFY, "audit", null, checked.valid()
                ? "valid from " + checked.from().map(Checkpoint::sequence).orElse(1L) + " up to "
                        + checked.headSequence()
                : "invalid at " + first);
        return report;
    }

    @Override
    public FullWalkView startFullWalk() {
        Instant now = Instant.now(clock);
        AuditHead head = chain.head();
        String by = trail.actor().username() == null ? trail.actor().subject() : trail.actor().username();
        FullWalk walk = walks.begin(FullWalk.start(by, head.lastSequence(), head.lastHash(), now))
                .orElseThrow(() -> new ConflictException("walk-running", "A walk over the whole chain is running "
                        + "already: GET /api/audit/verify shows how far it got."));
        trail.record(AuditAction.AUDIT_FULL_WALK, "audit", null, "up to " + head.lastSequence());
        // the walk begins once this transaction has committed, so that it finds its own record
        begun.fire(new FullWalker.Begun(walk.id()));
        return FullWalkView.of(walk, now);
    }

    private FullWalkView lastWalk() {
        return walks.latest().map(w -> FullWalkView.of(w, Instant.now(clock))).orElse(null);
    }

    @Override
    public List<AuditEntryView> export(String from, String to) {
        AuditQuery query = new AuditQuery(null, null, null, instant(from, "from"), instant(to, "to"));
        long total = log.count(query);
        if (total > MAX_EXPORT) {
            throw new RuleViolationException("too-many", "The range holds " + total + " entries; an export holds "
                    + "at most " + MAX_EXPORT + ": narrow it with 'from' and 'to'.");
        }
        List<AuditEntryView> views = new ArrayList<>();
        List<AuditEntry> found = log.find(query, 0, MAX_EXPORT);
        for (int i = found.size() - 1; i >= 0; i--) {
            views.add(AuditEntryView.of(found.get(i)));
        }
        trail.record(AuditAction.AUDIT_EXPORT, "audit", null, "from=" + orDash(from) + " to=" + orDash(to)
                + " entries=" + views.size());
        return views;
    }

    @Override
    public AuditPage accessHistory(String reference, Integer page, Integer size) {
        BookingReference ref = BookingReference.tryParse(reference)
                .orElseThrow(() -> new NotFoundException("booking", String.valueOf(reference)));
        bookings.find(ref).orElseThrow(() -> new NotFoundException("booking", ref.value()));
        AuditPage found = page(new AuditQuery(null, null, ref.value(), null, null), page, size);
        trail.record(AuditAction.BOOKING_ACCESS_HISTORY, "booking", ref.value(), null);
        return found;
    }

    private AuditPage page(AuditQuery query, Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int n = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new ValidationException("page", "Pages count from 0.");
        }
        if (n < 1 || n > MAX_SIZE) {
            throw new ValidationException("size", "A page holds 1 to " + MAX_SIZE + " entries.");
        }
        long offset = (long) p * n;
        if (offset > MAX_OFFSET) {
            // the database would have to skip that many entries; no one reads that far, and an int would overflow
            throw new ValidationException("page", "A search shows at most its first " + MAX_OFFSET
                    + " entries: narrow it with 'from' and 'to', or a larger page size.");
        }
        List<AuditEntryView> entries = log.find(query, (int) offset, n).stream().map(AuditEntryView::of).toList();
        return new AuditPage(entries, p, n, log.count(query));
    }

    private static Instant instant(String value, String field) {
        return blank(value) ? null : BookingInputs.instant(value.strip(), field);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orDash(String s) {
        return blank(s) ? "-" : s;
    }
}
