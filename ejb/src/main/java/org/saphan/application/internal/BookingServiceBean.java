package org.saphan.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.application.BookingService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingInput;
import org.saphan.application.booking.BookingView;
import org.saphan.application.booking.BookingView.InterpreterRef;
import org.saphan.application.booking.BookingView.NobodyOnCallWarning;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.booking.CandidatesView;
import org.saphan.application.booking.ExclusionView;
import org.saphan.application.booking.OfferHistoryView;
import org.saphan.application.booking.IdempotencyKeys;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.events.BookingAssigned;
import org.saphan.application.events.BookingCancelled;
import org.saphan.application.events.NobodyOnCall;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.AssignmentRepository;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingFilter;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRepository;
import org.saphan.domain.model.booking.BookingRequest;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.booking.OfferRepository;
import org.saphan.domain.model.booking.Requester;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.casework.CaseExclusion;
import org.saphan.domain.model.casework.CaseExclusionRepository;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.EnumValues;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.ValidationException;
import org.saphan.domain.service.CandidatePool;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.domain.service.ExcludedCandidate;
import org.saphan.domain.service.HardRule;
import org.saphan.domain.service.MatchNeeds;
import org.saphan.domain.service.MatchResult;
import org.saphan.domain.service.RankedCandidate;

@Stateless
public class BookingServiceBean implements BookingService {

    private static final Logger LOG = Logger.getLogger(BookingServiceBean.class.getName());
    private static final int MAX_IDEMPOTENCY_KEY = 128;

    @Inject
    CallerScope scope;

    @Inject
    BookingRepository bookings;

    @Inject
    OfferRepository offers;

    @Inject
    AssignmentRepository assignments;

    @Inject
    CaseExclusionRepository exclusions;

    @Inject
    InterpreterRepository interpreters;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    CandidatePool pool;

    @Inject
    OfferDispatcher dispatcher;

    @Inject
    Event<BookingAssigned> bookingAssigned;

    @Inject
    AuditTrail audit;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    Event<BookingCancelled> bookingCancelled;

    @Inject
    Event<NobodyOnCall> nobodyOnCall;

    @Inject
    Event<BookingChanged> bookingChanged;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed(Caller.REQUESTER)
    public Created create(BookingInput input, String idempotencyKey) {
        Caller caller = scope.caller();
        String agency = caller.agency().orElseThrow(() -> new RuleViolationException("no-agency",
                "Your account belongs to no agency, so it cannot book; ask the administrator to set it."));
        String key = idempotencyKey(idempotencyKey);
        String fingerprint = BookingInputs.fingerprint(input);
        if (key != null) {
            Optional<Created> replay = replay(caller.subject(), key, fingerprint);
            if (replay.isPresent()) {
                audit.record(AuditAction.BOOKING_CREATE, "booking", replay.get().booking().reference(),
                        "retry with the same Idempotency-Key");
                return replay.get();
            }
        }
        BookingRequest request = BookingInputs.toRequest(input);
        Instant now = clock.instant();
        if (key != null) {
            Optional<Created> first = claim(caller.subject(), key, fingerprint, now);
            if (first.isPresent()) {
                audit.record(AuditAction.BOOKING_CREATE, "booking", first.get().booking().reference(),
                        "retry with the same Idempotency-Key");
                return first.get();
            }
        }
        BookingReference reference = bookings.nextReference(now.atZone(ZoneOffset.UTC).getYear());
        Booking booking = new Booking(reference, new Requester(agency, caller.subject()), request, now);
        bookings.store(booking);
        if (key != null) {
            idempotencyKeys.complete(caller.subject(), key, reference);
        }
        dispatcher.advance(booking, now);
        bookingChanged.fire(new BookingChanged(reference));
        audit.record(AuditAction.BOOKING_CREATE, "booking", reference.value(), booking.purpose().name());
        LOG.info(() -> "Booking " + reference + " created by agency " + agency + " (" + booking.urgency() + ", "
                + booking.mode() + ")");
        BookingView view = BookingViews.of(booking, Viewer.REQUESTER, null);
        if (booking.urgency() == Urgency.IMMEDIATE && booking.status() == BookingStatus.OPEN) {
            view = view.withNoInterpreterOnCall(nobodyOnCall(booking, now));
        }
        return new Created(view, false);
    }

    /**
     * Someone is waiting and nobody qualified is on call: the requester is told at once, with how many qualified
     * interpreters are off call, and the coordinators' feed raises it (after commit).
     */
    private NobodyOnCallWarning nobodyOnCall(Booking booking, Instant now) {
        int offCall = dispatcher.matcher().qualifiedButOffCall(MatchNeeds.of(booking),
                pool.candidatesOnOrOffCallFor(booking, now));
        NobodyOnCallWarning warning = new NobodyOnCallWarning(offCall, offCall == 0
                ? "No qualified interpreter is on call now, and none is off call either. The coordinators have been "
                        + "told; they will call you."
                : "No qualified interpreter is on call now; " + offCall + (offCall == 1 ? " is" : " are")
                        + " qualified but off call. The coordinators have been told and will try to reach them.");
        audit.recordBySystem(AuditAction.BOOKING_NOBODY_ON_CALL, "booking", booking.reference().value(),
                offCall + " qualified interpreters off call");
        nobodyOnCall.fire(new NobodyOnCall(booking.reference(), offCall,
                BookingViews.of(booking, Viewer.COORDINATOR, null)));
        LOG.warning(() -> "Immediate booking " + booking.reference() + ": nobody qualified on call (" + offCall
                + " off call)");
        return warning;
    }

    private static String idempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.strip();
        if (k.length() > MAX_IDEMPOTENCY_KEY || !k.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new ValidationException("Idempotency-Key", "An Idempotency-Key is at most " + MAX_IDEMPOTENCY_KEY
                    + " visible ASCII characters, such as a UUID.");
        }
        return k;
    }

    /**
     * Claims the key for this request, or finds the request that claimed it first. The claim is a row of the key
     * without a booking yet, in this transaction: a parallel request with the same key waits on that row until this
     * transaction ends, and then finds the booking it made (or, if it was rolled back, claims the key itself). So
     * parallel retries make one booking and all answer with it.
     *
     * @return empty when the key is now this request's; the first request's booking otherwise
     */
    private Optional<Created> claim(String subject, String key, String fingerprint, Instant now) {
        if (idempotencyKeys.claim(subject, key, fingerprint, now)) {
            return Optional.empty();
        }
        return Optional.of(replay(subject, key, fingerprint).orElseThrow(() -> new ConflictException("in-flight",
                "A request with this Idempotency-Key is still being handled; try again in a moment.")));
    }

    private Optional<Created> replay(String subject, String key, String fingerprint) {
        Optional<IdempotencyKeys.Claim> claim = idempotencyKeys.find(subject, key);
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        if (!fingerprint.equals(claim.get().fingerprint())) {
            throw new RuleViolationException("idempotency-key-reused", "This Idempotency-Key was already used for "
                    + "a different booking request; use a new key for a new request.");
        }
        if (claim.get().booking().isEmpty()) {
            return Optional.empty(); // claimed and not yet done: the first request is still in flight
        }
        Booking booking = bookings.find(claim.get().booking().get()).orElseThrow();
        return Optional.of(new Created(BookingViews.of(booking, Viewer.REQUESTER, null), true));
    }

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.COORDINATOR, Caller.INTERPRETER})
    public List<BookingView> list(String status, String from, String to) {
        BookingFilter filter = BookingFilter.all();
        if (scope.isCoordinator()) {
            // all bookings
        } else if (scope.requesterAgency().isPresent()) {
            filter = filter.withAgency(scope.requesterAgency().get());
        } else {
            Optional<Interpreter> me = scope.interpreter();
            if (me.isEmpty()) {
                audit.recordList(AuditAction.BOOKING_LIST, "booking", List.of());
                return List.of();
            }
            filter = BookingFilter.assignedTo(me.get().id());
        }
        if (status != null && !status.isBlank()) {
            filter = filter.withStatus(EnumValues.parse(BookingStatus.class, status, "status"));
        }
        Instant fromInstant = from == null || from.isBlank() ? null : BookingInputs.instant(from, "from");
        Instant toInstant = to == null || to.isBlank() ? null : BookingInputs.instant(to, "to");
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw new ValidationException("from", "'from' must come before 'to'.");
        }
        filter = filter.between(fromInstant, toInstant);
        List<BookingView> views = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Booking b : bookings.findAll(filter)) {
            views.add(view(b, scope.viewerOf(b)));
            shown.add(b.reference().value());
        }
        audit.recordList(AuditAction.BOOKING_LIST, "booking", shown);
        return views;
    }

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.COORDINATOR, Caller.INTERPRETER})
    public BookingView get(String reference) {
        Booking booking = visible(reference, false);
        BookingView view = view(booking, scope.viewerOf(booking));
        audit.record(AuditAction.BOOKING_READ, "booking", booking.reference().value(), booking.purpose().name());
        return view;
    }

    @Override
    @RolesAllowed(Caller.INTERPRETER)
    public BookingView acknowledge(String reference) {
        Booking booking = visible(reference, false);
        if (scope.viewerOf(booking) != Viewer.ASSIGNED_INTERPRETER) {
            throw CallerScope.notFound(reference);
        }
        Interpreter me = scope.requireInterpreter();
        String terms = acknowledgements.acknowledge(booking.reference(), me, clock.instant());
        audit.record(AuditAction.BOOKING_ACKNOWLEDGE, "booking", booking.reference().value(),
                "confidentiality terms version " + terms);
        return view(booking, Viewer.ASSIGNED_INTERPRETER);
    }

    /**
     * The booking as the viewer may see it; an assigned interpreter sees the details only once it has acknowledged
     * the confidentiality terms for this assignment.
     */
    private BookingView view(Booking booking, Viewer viewer) {
        if (viewer == Viewer.ASSIGNED_INTERPRETER) {
            Interpreter me = scope.requireInterpreter();
            return acknowledgements.given(booking.reference(), me.id())
                    ? BookingViews.acknowledged(booking)
                    : BookingViews.awaitingAcknowledgement(booking);
        }
        return BookingViews.of(booking, viewer, interpreterName(booking));
    }

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.COORDINATOR})
    public BookingView cancel(String reference, String reason) {
        Booking booking = visible(reference, true);
        Viewer viewer = scope.viewerOf(booking);
        if (viewer != Viewer.COORDINATOR && viewer != Viewer.REQUESTER) {
            throw CallerScope.notFound(reference);
        }
        Instant now = clock.instant();
        Optional<InterpreterId> assigned = booking.interpreter();
        booking.cancel(reason, now);
        dispatcher.withdraw(booking.withdrawOpenOffers(offers.findByBooking(booking.reference()), now));
        assignments.findByBooking(booking.reference()).filter(Assignment::isActive).ifPresent(a -> a.release(now));
        assigned.ifPresent(i -> bookingCancelled.fire(new BookingCancelled(i, booking.reference())));
        bookingChanged.fire(new BookingChanged(booking.reference()));
        audit.record(AuditAction.BOOKING_CANCEL, "booking", booking.reference().value(), reason);
        LOG.info(() -> "Booking " + reference + " cancelled by subject " + scope.caller().subject());
        return BookingViews.of(booking, viewer, interpreterName(booking));
    }

    @Override
    @RolesAllowed(Caller.COORDINATOR)
    public CandidatesView candidates(String reference) {
        Booking booking = visible(reference, false);
        Instant now = clock.instant();
        MatchResult result = dispatcher.matcher().match(MatchNeeds.of(booking), pool.wholePoolFor(booking, now),
                Integer.MAX_VALUE);
        List<CandidatesView.Ranked> ranked = new ArrayList<>();
        for (RankedCandidate c : result.ranked()) {
            ranked.add(new CandidatesView.Ranked(c.interpreterId().value(), c.score(), c.reasons(), c.explained()));
        }
        List<CandidatesView.Excluded> excluded = new ArrayList<>();
        for (ExcludedCandidate c : result.excluded()) {
            excluded.add(new CandidatesView.Excluded(c.interpreterId().value(), c.rule().name(),
                    c.rule().explanation()));
        }
        CandidatesView view = new CandidatesView(booking.reference().value(), ranked, excluded);
        audit.record(AuditAction.BOOKING_CANDIDATES, "booking", booking.reference().value(), null);
        return view;
    }

    @Override
    @RolesAllowed(Caller.COORDINATOR)
    public OfferHistoryView offers(String reference) {
        Booking booking = visible(reference, false);
        Map<InterpreterId, String> names = new HashMap<>();
        List<OfferHistoryView.Row> rows = new ArrayList<>();
        for (Offer o : offers.findByBooking(booking.reference())) {
            String name = names.computeIfAbsent(o.interpreter(), id -> interpreters.find(id)
                    .map(Interpreter::name).orElse(null));
            rows.add(new OfferHistoryView.Row(o.id().map(OfferId::value).orElseThrow(),
                    new InterpreterRef(o.interpreter().value(), name), o.wave(), o.status().name(), o.createdAt(),
                    o.expiresAt(), o.answeredAt().orElse(null), o.declineReason().orElse(null)));
        }
        OfferHistoryView view = new OfferHistoryView(booking.reference().value(), booking.status().name(), rows);
        audit.record(AuditAction.BOOKING_OFFERS, "booking", booking.reference().value(), null);
        return view;
    }

    @Override
    @RolesAllowed(Caller.COORDINATOR)
    public BookingView assign(String reference, Long interpreterId, String reason, boolean override) {
        ValidationException.requirePresent(interpreterId, "interpreterId", "Say which interpreter to assign.");
        Booking booking = visible(reference, true);
        Interpreter interpreter = lockInterpreter(InterpreterId.of(interpreterId));
        Instant now = clock.instant();
        Optional<HardRule> overridden = Optional.empty();
        if (booking.status() == BookingStatus.OPEN || booking.status() == BookingStatus.OFFERED) {
            CandidateSnapshot snapshot = pool.snapshotOf(booking, interpreter, now);
            Optional<HardRule> broken = dispatcher.matcher().checkHandAssignment(MatchNeeds.of(booking), snapshot,
                    override);
            broken.ifPresent(rule -> LOG.warning(() -> "Booking " + reference + " assigned by hand to interpreter "
                    + interpreterId + " with an override of rule " + rule + " by subject "
                    + scope.caller().subject()));
            overridden = broken;
        }
        // the override is recorded, and waits for a second coordinator's review, only when it set a rule aside
        Assignment assignment = booking.assign(interpreter.id(), scope.caller().subject(), reason,
                overridden.isPresent(), now);
        overridden.ifPresent(rule -> assignment.overriding(rule.name()));
        assignments.store(assignment); // a second winner of the same booking is refused here: 409 taken
        dispatcher.withdraw(booking.withdrawOpenOffers(offers.findByBooking(booking.reference()), now));
        bookingAssigned.fire(new BookingAssigned(interpreter.id(), booking.reference(),
                BookingViews.awaitingAcknowledgement(booking)));
        bookingChanged.fire(new BookingChanged(booking.reference()));
        audit.record(overridden.isPresent() ? AuditAction.BOOKING_ASSIGN_OVERRIDE : AuditAction.BOOKING_ASSIGN,
                "booking", booking.reference().value(), "interpreter " + interpreter.id().value()
                        + overridden.map(rule -> ", overriding " + rule.name()).orElse("") + ": " + reason);
        return BookingViews.of(booking, Viewer.COORDINATOR, interpreter.name());
    }

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.COORDINATOR})
    public ExclusionView exclude(String caseCode, Long interpreterId, String reason, String forAgency) {
        CaseCode code = CaseCode.of(caseCode);
        ValidationException.requirePresent(interpreterId, "interpreterId", "Say which interpreter to exclude.");
        InterpreterId id = InterpreterId.of(interpreterId);
        String agency = caseAgency(code, forAgency);
        if (interpreters.find(id).isEmpty()) {
            throw new NotFoundException("interpreter", id);
        }
        // only this agency's exclusions are looked at: another agency's case with the same code stays unseen
        if (exclusions.exists(agency, code, id)) {
            throw new ConflictException("already-excluded", "Interpreter " + id + " is already excluded from case "
                    + code.value() + ".");
        }
        Instant now = clock.instant();
        CaseExclusion exclusion = new CaseExclusion(code, id, reason, scope.caller().subject(), agency, now);
        exclusions.store(exclusion);
        dispatcher.withdrawUntakeable(offers.findOpenForCase(agency, code, id), now,
                "the interpreter was excluded from the case");
        audit.record(AuditAction.CASE_EXCLUDE, "case", code.value(), "interpreter " + id.value() + ": " + reason);
        return new ExclusionView(code.value(), agency, id.value(), exclusion.reason(), exclusion.createdAt());
    }

    /**
     * Whose case this is: a requester's own agency, which must have booked for the code; for a coordinator, the agency
     * named, or the one agency that booked for the code. Anything else is "not found", the same answer whether
     * another agency uses the code or nobody does.
     */
    private String caseAgency(CaseCode code, String forAgency) {
        List<String> agencies = bookings.agenciesUsingCaseCode(code);
        if (!scope.isCoordinator()) {
            String own = scope.requesterAgency().orElseThrow(() -> new NotFoundException("case", code.value()));
            if (!agencies.contains(own)) {
                throw new NotFoundException("case", code.value());
            }
            return own;
        }
        String named = forAgency == null || forAgency.isBlank() ? null : forAgency.strip();
        if (named != null) {
            if (!agencies.contains(named)) {
                throw new NotFoundException("case", code.value() + " of agency " + named);
            }
            return named;
        }
        if (agencies.isEmpty()) {
            throw new NotFoundException("case", code.value());
        }
        if (agencies.size() > 1) {
            throw new ValidationException("agency", "More than one agency uses case code " + code.value()
                    + ": say whose case it is (\"agency\").");
        }
        return agencies.get(0);
    }

    /** The booking if the caller may see it, locked for a change when asked; otherwise 404. */
    private Booking visible(String reference, boolean forUpdate) {
        BookingReference ref = BookingReference.tryParse(reference)
                .orElseThrow(() -> CallerScope.notFound(String.valueOf(reference)));
        Booking booking = (forUpdate ? bookings.findForUpdate(ref) : bookings.find(ref))
                .orElseThrow(() -> CallerScope.notFound(ref.value()));
        scope.viewerOf(booking);
        return booking;
    }

    private Interpreter lockInterpreter(InterpreterId id) {
        return interpreters.findForUpdate(id).orElseThrow(() -> new NotFoundException("interpreter", id));
    }

    private String interpreterName(Booking booking) {
        return booking.interpreter()
                .flatMap(interpreters::find)
                .map(Interpreter::name)
                .orElse(null);
    }
}
