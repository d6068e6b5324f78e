package org.saphan.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.saphan.application.BookingService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.booking.BookingInput;
import org.saphan.application.booking.BookingViews;
import org.saphan.application.booking.BookingViews.Viewer;
import org.saphan.application.events.BookingAssigned;
import org.saphan.application.events.BookingCancelled;
import org.saphan.application.events.NobodyOnCall;
import org.saphan.application.events.BookingChanged;
import org.saphan.application.security.Caller;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingFilter;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRequest;
import org.saphan.domain.model.booking.BookingStatus;
import org.saphan.domain.model.booking.Offer;
import org.saphan.domain.model.booking.OfferStatus;
import org.saphan.domain.model.booking.OfferId;
import org.saphan.domain.model.booking.Requester;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.casework.CaseExclusion;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.EnumValues;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.ValidationException;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.domain.service.ExcludedCandidate;
import org.saphan.domain.service.HardRule;
import org.saphan.domain.service.MatchNeeds;
import org.saphan.domain.service.MatchResult;
import org.saphan.domain.service.RankedCandidate;
import org.saphan.infrastructure.persistence.jpa.JpaAssignmentRepository;
import org.saphan.infrastructure.persistence.jpa.JpaBookingRepository;
import org.saphan.infrastructure.persistence.jpa.JpaCandidatePool;
import org.saphan.infrastructure.persistence.jpa.JpaCaseExclusionRepository;
import org.saphan.infrastructure.persistence.jpa.JpaOfferRepository;

@Stateless
public class BookingServiceBean implements BookingService {

    private static final Logger LOG = Logger.getLogger(BookingServiceBean.class.getName());
    private static final int MAX_IDEMPOTENCY_KEY = 128;

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    JpaBookingRepository bookings;

    @Inject
    JpaOfferRepository offers;

    @Inject
    JpaAssignmentRepository assignments;

    @Inject
    JpaCaseExclusionRepository exclusions;

    @Inject
    JpaCandidatePool pool;

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
                audit.record(AuditAction.BOOKING_CREATE, "booking", replay.get().booking().get("reference"),
                        "retry with the same Idempotency-Key");
                return replay.get();
            }
        }
        BookingRequest request = BookingInputs.toRequest(input);
        Instant now = Instant.now();
        if (key != null) {
            Optional<Created> first = claim(caller.subject(), key, fingerprint, now);
            if (first.isPresent()) {
                audit.record(AuditAction.BOOKING_CREATE, "booking", first.get().booking().get("reference"),
                        "retry with the same Idempotency-Key");
                return first.get();
            }
        }
        BookingReference reference = bookings.nextReference(now.atZone(ZoneOffset.UTC).getYear());
        Booking booking = new Booking(reference, new Requester(agency, caller.subject()), request, now);
        bookings.store(booking);
        em.flush();
        if (key != null) {
            em.createNativeQuery("UPDATE idempotency_key SET booking_reference = ?1 WHERE subject = ?2 "
                    + "AND idem_key = ?3")
                    .setParameter(1, reference.value())
                    .setParameter(2, caller.subject())
                    .setParameter(3, key)
                    .executeUpdate();
        }
        dispatcher.advance(booking, now);
        bookingChanged.fire(new BookingChanged(reference.value()));
        audit.record(AuditAction.BOOKING_CREATE, "booking", reference.value(), booking.purpose().name());
        LOG.info(() -> "Booking " + reference + " created by agency " + agency + " (" + booking.urgency() + ", "
                + booking.mode() + ")");
        Map<String, Object> view = BookingViews.of(booking, Viewer.REQUESTER, null);
        if (booking.urgency() == Urgency.IMMEDIATE && booking.status() == BookingStatus.OPEN) {
            view.put("noInterpreterOnCall", nobodyOnCall(booking, now));
        }
        return new Created(view, false);
    }

    /**
     * Someone is waiting and nobody qualified is on call: the requester is told at once, with how many qualified
     * interpreters are off call, and the coordinators' feed raises it (after commit).
     */
    private Map<String, Object> nobodyOnCall(Booking booking, Instant now) {
        int offCall = dispatcher.matcher().qualifiedButOffCall(MatchNeeds.of(booking),
                pool.candidatesFor(booking, now));
        Map<String, Object> warning = new LinkedHashMap<>();
        warning.put("qualifiedOffCall", offCall);
        warning.put("message", offCall == 0
                ? "No qualified interpreter is on call now, and none is off call either. The coordinators have been "
                        + "told; they will call you."
                : "No qualified interpreter is on call now; " + offCall + (offCall == 1 ? " is" : " are")
                        + " qualified but off call. The coordinators have been told and will try to reach them.");
        audit.recordBySystem(AuditAction.BOOKING_NOBODY_ON_CALL, "booking", booking.reference().value(),
                offCall + " qualified interpreters off call");
        nobodyOnCall.fire(new NobodyOnCall(booking.reference().value(), offCall,
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
        int claimed = em.createNativeQuery("INSERT IGNORE INTO idempotency_key (subject, idem_key, request_hash, "
                + "booking_reference, created_at) VALUES (?1, ?2, ?3, NULL, ?4)")
                .setParameter(1, subject)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(replay(subject, key, fingerprint).orElseThrow(() -> new ConflictException("in-flight",
                "A request with this Idempotency-Key is still being handled; try again in a moment.")));
    }

    private Optional<Created> replay(String subject, String key, String fingerprint) {
        List<?> rows = em.createNativeQuery("SELECT request_hash, booking_reference FROM idempotency_key "
                + "WHERE subject = ?1 AND idem_key = ?2")
                .setParameter(1, subject)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new RuleViolationException("idempotency-key-reused", "This Idempotency-Key was already used for "
                    + "a different booking request; use a new key for a new request.");
        }
        if (row[1] == null) {
            return Optional.empty(); // claimed and not yet done: the first request is still in flight
        }
        Booking booking = bookings.find(BookingReference.parse((String) row[1])).orElseThrow();
        return Optional.of(new Created(BookingViews.of(booking, Viewer.REQUESTER, null), true));
    }

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.COORDINATOR, Caller.INTERPRETER})
    public List<Map<String, Object>> list(String status, String from, String to) {
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
        List<Map<String, Object>> views = new ArrayList<>();
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
    public Map<String, Object> get(String reference) {
        Booking booking = visible(reference, false);
        Map<String, Object> view = view(booking, scope.viewerOf(booking));
        audit.record(AuditAction.BOOKING_READ, "booking", booking.reference().value(), booking.purpose().name());
        return view;
    }

    @Override
    @RolesAllowed(Caller.INTERPRETER)
    public Map<String, Object> acknowledge(String reference) {
        Booking booking = visible(reference, false);
        if (scope.viewerOf(booking) != Viewer.ASSIGNED_INTERPRETER) {
            throw CallerScope.notFound(reference);
        }
        Interpreter me = scope.requireInterpreter();
        String terms = acknowledgements.acknowledge(booking.reference(), me, Instant.now());
        audit.record(AuditAction.BOOKING_ACKNOWLEDGE, "booking", booking.reference().value(),
                "confidentiality terms version " + terms);
        return view(booking, Viewer.ASSIGNED_INTERPRETER);
    }

    /**
     * The booking as the viewer may see it; an assigned interpreter sees the details only once it has acknowledged
     * the confidentiality terms for this assignment.
     */
    private Map<String, Object> view(Booking booking, Viewer viewer) {
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
    public Map<String, Object> cancel(String reference, String reason) {
        Booking booking = visible(reference, true);
        Viewer viewer = scope.viewerOf(booking);
        if (viewer != Viewer.COORDINATOR && viewer != Viewer.REQUESTER) {
            throw CallerScope.notFound(reference);
        }
        Instant now = Instant.now();
        Optional<InterpreterId> assigned = booking.interpreter();
        booking.cancel(reason, now);
        dispatcher.withdraw(booking.withdrawOpenOffers(offers.findByBooking(booking.reference()), now));
        assignments.findByBooking(booking.reference()).filter(Assignment::isActive).ifPresent(a -> a.release(now));
        assigned.ifPresent(i -> bookingCancelled.fire(new BookingCancelled(i.value(), booking.reference().value())));
        bookingChanged.fire(new BookingChanged(booking.reference().value()));
        audit.record(AuditAction.BOOKING_CANCEL, "booking", booking.reference().value(), reason);
        LOG.info(() -> "Booking " + reference + " cancelled by subject " + scope.caller().subject());
        return BookingViews.of(booking, viewer, interpreterName(booking));
    }

    @Override
    @RolesAllowed(Caller.COORDINATOR)
    public Map<String, Object> candidates(String reference) {
        Booking booking = visible(reference, false);
        Instant now = Instant.now();
        MatchResult result = dispatcher.matcher().match(MatchNeeds.of(booking), pool.candidatesFor(booking, now),
                Integer.MAX_VALUE);
        List<Map<String, Object>> ranked = new ArrayList<>();
        for (RankedCandidate c : result.ranked()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("interpreterId", c.interpreterId().value());
            row.put("score", c.score());
            row.put("reasons", c.reasons());
            row.put("explained", c.explained());
            ranked.add(row);
        }
        List<Map<String, Object>> excluded = new ArrayList<>();
        for (ExcludedCandidate c : result.excluded()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("interpreterId", c.interpreterId().value());
            row.put("rule", c.rule().name());
            row.put("explanation", c.rule().explanation());
            excluded.add(row);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", booking.reference().value());
        view.put("ranked", ranked);
        view.put("excluded", excluded);
        audit.record(AuditAction.BOOKING_CANDIDATES, "booking", booking.reference().value(), null);
        return view;
    }

    @Override
    @RolesAllowed(Caller.COORDINATOR)
    public Map<String, Object> offers(String reference) {
        Booking booking = visible(reference, false);
        List<Offer> all = offers.findByBooking(booking.reference());
        Map<Long, String> names = new java.util.HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Offer o : all) {
            long interpreterId = o.interpreter().value();
            String name = names.computeIfAbsent(interpreterId, id -> Optional
                    .ofNullable(em.find(Interpreter.class, id)).map(Interpreter::name).orElse(null));
            Map<String, Object> interpreter = new LinkedHashMap<>();
            interpreter.put("id", interpreterId);
            interpreter.put("name", name);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", o.id().map(OfferId::value).orElse(null));
            row.put("interpreter", interpreter);
            row.put("wave", o.wave());
            row.put("status", o.status().name());
            row.put("offeredAt", o.createdAt().toString());
            row.put("expiresAt", o.expiresAt().toString());
            o.answeredAt().ifPresent(t -> row.put("answeredAt", t.toString()));
            o.declineReason().ifPresent(r -> row.put("declineReason", r));
            rows.add(row);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", booking.reference().value());
        view.put("status", booking.status().name());
        view.put("offers", rows);
        audit.record(AuditAction.BOOKING_OFFERS, "booking", booking.reference().value(), null);
        return view;
    }

    @Override
    @RolesAllowed(Caller.COORDINATOR)
    public Map<String, Object> assign(String reference, Long interpreterId, String reason, boolean override) {
        ValidationException.requirePresent(interpreterId, "interpreterId", "Say which interpreter to assign.");
        Booking booking = visible(reference, true);
        Interpreter interpreter = lockInterpreter(InterpreterId.of(interpreterId));
        Instant now = Instant.now();
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
        bookingAssigned.fire(new BookingAssigned(interpreter.id().value(), booking.reference().value(),
                BookingViews.awaitingAcknowledgement(booking)));
        bookingChanged.fire(new BookingChanged(booking.reference().value()));
        audit.record(overridden.isPresent() ? AuditAction.BOOKING_ASSIGN_OVERRIDE : AuditAction.BOOKING_ASSIGN,
                "booking", booking.reference().value(), "interpreter " + interpreter.id().value()
                        + overridden.map(rule -> ", overriding " + rule.name()).orElse("") + ": " + reason);
        return BookingViews.of(booking, Viewer.COORDINATOR, interpreter.name());
    }

    @Override
    @RolesAllowed({Caller.REQUESTER, Caller.COORDINATOR})
    public Map<String, Object> exclude(String caseCode, Long interpreterId, String reason, String forAgency) {
        CaseCode code = CaseCode.of(caseCode);
        ValidationException.requirePresent(interpreterId, "interpreterId", "Say which interpreter to exclude.");
        InterpreterId id = InterpreterId.of(interpreterId);
        String agency = caseAgency(code, forAgency);
        if (em.find(Interpreter.class, id.value()) == null) {
            throw new NotFoundException("interpreter", id);
        }
        // only this agency's exclusions are looked at: another agency's case with the same code stays unseen
        if (exclusions.exists(agency, code, id)) {
            throw new ConflictException("already-excluded", "Interpreter " + id + " is already excluded from case "
                    + code.value() + ".");
        }
        Instant now = Instant.now();
        CaseExclusion exclusion = new CaseExclusion(code, id, reason, scope.caller().subject(), agency, now);
        exclusions.store(exclusion);
        dispatcher.withdrawUntakeable(em.createQuery("SELECT o FROM Offer o, Booking b WHERE b.reference = o.booking "
                + "AND b.requesterAgency = :agency AND b.caseCode = :code AND o.interpreter = :interpreter "
                + "AND o.status = :open", Offer.class)
                .setParameter("agency", agency)
                .setParameter("code", code)
                .setParameter("interpreter", id)
                .setParameter("open", OfferStatus.OPEN)
                .getResultList(), now, "the interpreter was excluded from the case");
        audit.record(AuditAction.CASE_EXCLUDE, "case", code.value(), "interpreter " + id.value() + ": " + reason);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("caseCode", code.value());
        view.put("agency", agency);
        view.put("interpreterId", id.value());
        view.put("reason", exclusion.reason());
        view.put("createdAt", exclusion.createdAt().toString());
        return view;
    }

    /**
     * Whose case this is: a requester's own agency, which must have booked for the code; for a coordinator, the agency
     * named, or the one agency that booked for the code. Anything else is "not found", the same answer whether
     * another agency uses the code or nobody does.
     */
    private String caseAgency(CaseCode code, String forAgency) {
        List<String> agencies = em.createQuery("SELECT DISTINCT b.requesterAgency FROM Booking b "
                + "WHERE b.caseCode = :code ORDER BY b.requesterAgency", String.class)
                .setParameter("code", code)
                .getResultList();
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
        Interpreter interpreter = em.find(Interpreter.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        if (interpreter == null) {
            throw new NotFoundException("interpreter", id);
        }
        return interpreter;
    }

    private String interpreterName(Booking booking) {
        return booking.interpreter()
                .map(id -> em.find(Interpreter.class, id.value()))
                .map(Interpreter::name)
                .orElse(null);
    }
}
