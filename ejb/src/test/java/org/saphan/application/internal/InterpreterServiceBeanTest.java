package org.saphan.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.application.interpreter.AvailabilityInput;
import org.saphan.application.interpreter.AvailabilityInput.WeeklyInput;
import org.saphan.application.interpreter.InterpreterInput;
import org.saphan.application.interpreter.InterpreterInput.LanguageInput;
import org.saphan.application.interpreter.InterpreterQuery;
import org.saphan.application.interpreter.InterpreterView;
import org.saphan.application.interpreter.OnCallInput;
import org.saphan.application.interpreter.ReasonInput;
import org.saphan.application.audit.AuditTrail;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.saphan.domain.model.audit.InMemoryAuditLog;
import org.saphan.domain.model.interpreter.Interpreter;
import org.saphan.domain.model.interpreter.InterpreterFilter;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.InterpreterRepository;
import org.saphan.domain.model.report.CoverageFigures;
import org.saphan.domain.model.report.CoverageReport;
import org.saphan.domain.model.report.ReportPeriod;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.NotFoundException;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.ValidationException;

/**
 * The use cases without a container: who sees which profile, and what each step stores. Role annotations are the
 * container's to enforce and are checked by the integration tests; what is checked here is the code behind them.
 */
class InterpreterServiceBeanTest {

    private static final Caller COORDINATOR = new Caller("s-coord", "coord-1", Set.of(Caller.COORDINATOR),
            Optional.empty());
    private static final Caller SELF = new Caller("s-interp-1", "interp-1", Set.of(Caller.INTERPRETER),
            Optional.empty());
    private static final Caller OTHER = new Caller("s-interp-2", "interp-2", Set.of(Caller.INTERPRETER),
            Optional.empty());

    private InMemoryInterpreters repository;
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final PoolChanges poolChanges = new PoolChanges();

    @BeforeEach
    void setUp() {
        repository = new InMemoryInterpreters();
    }

    private InterpreterServiceBean as(Caller caller) {
        InterpreterServiceBean bean = new InterpreterServiceBean();
        bean.interpreters = repository;
        bean.currentCaller = new CurrentCaller();
        bean.currentCaller.set(caller);
        bean.audit = new AuditTrail(audit, bean.currentCaller);
        bean.clock = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);
        bean.coverage = poolChanges;
        return bean;
    }

    private static InterpreterInput profile(String username) {
        return profile(username, null);
    }

    private static InterpreterInput profile(String username, String status) {
        return new InterpreterInput(username, "Interpreter Zero-One", "FEMALE",
                List.of(new LanguageInput("mya", "NATIVE", true), new LanguageInput("tha", "FLUENT", false)), null,
                List.of("Tak"), false, null, null, status);
    }

    private InterpreterId created(String username) {
        return InterpreterId.of(as(COORDINATOR).create(profile(username)).id());
    }

    @Test
    void aCoordinatorCreatesAnActiveProfileWithItsId() {
        InterpreterView view = as(COORDINATOR).create(profile("Interp-1"));
        assertEquals(1, view.id());
        assertEquals("interp-1", view.username());
        assertEquals("ACTIVE", view.status());
        assertEquals(List.of("Tak"), view.provinces(), "provinces by their English names");
        assertTrue(view.availability().weekly().isEmpty());
        assertEquals(1, repository.stored);
    }

    @Test
    void aNewProfileCannotStartSuspended() {
        InterpreterInput suspended = profile(null, "SUSPENDED");
        assertEquals("status", assertThrows(ValidationException.class, () -> as(COORDINATOR).create(suspended))
                .fieldName());
    }

    @Test
    void aUsernameLinksToOneProfileOnly() {
        created("interp-1");
        ConflictException e = assertThrows(ConflictException.class, () -> as(COORDINATOR).create(profile(
                "INTERP-1")));
        assertEquals("username-taken", e.code());
        InterpreterId second = created("interp-2");
        assertThrows(ConflictException.class, () -> as(COORDINATOR).replaceProfile(second, profile("interp-1")));
        assertEquals("interp-2", as(COORDINATOR).replaceProfile(second, profile("interp-2")).username(),
                "keeping its own username is no conflict");
    }

    @Test
    void anInterpreterSeesItsOwnProfileAndNoOther() {
        InterpreterId own = created("interp-1");
        InterpreterId other = created("interp-2");
        as(COORDINATOR).suspend(own, new ReasonInput("Vetting under review"));
        InterpreterView self = as(SELF).find(own);
        assertEquals("SUSPENDED", self.status());
        assertNull(self.statusReason(), "the coordinators' note stays with them");
        assertEquals("Vetting under review", as(COORDINATOR).find(own).statusReason());
        NotFoundException e = assertThrows(NotFoundException.class, () -> as(SELF).find(other));
        assertEquals("No interpreter " + other + ".", e.getMessage());
        NotFoundException missing = assertThrows(NotFoundException.class, () -> as(SELF).find(InterpreterId.of(99)));
        assertEquals("No interpreter 99.", missing.getMessage(), "someone else's profile and no profile answer alike");
        assertEquals(e.code(), missing.code());
    }

    @Test
    void availabilityIsSetByTheInterpreterItselfOrACoordinator() {
        InterpreterId own = created("interp-1");
        AvailabilityInput mondays = new AvailabilityInput(List.of(new WeeklyInput("MONDAY", "08:00", "24:00")),
                List.of());
        InterpreterView view = as(SELF).replaceAvailability(own, mondays);
        assertEquals(List.of(new InterpreterView.WeeklyView("MONDAY", "08:00", "24:00")),
                view.availability().weekly());
        assertThrows(NotFoundException.class, () -> as(OTHER).replaceAvailability(own, mondays));
        assertEquals(1, as(COORDINATOR).replaceAvailability(own, mondays).availability().weekly().size());
        assertEquals("body", assertThrows(ValidationException.class, () -> as(SELF).replaceAvailability(own, null))
                .fieldName());
    }

    @Test
    void suspendAndReinstateNeedAReasonAndTheRightState() {
        InterpreterId id = created("interp-1");
        assertEquals("reason", assertThrows(ValidationException.class, () -> as(COORDINATOR).suspend(id,
                new ReasonInput(" "))).fieldName());
        assertEquals("reason", assertThrows(ValidationException.class, () -> as(COORDINATOR).suspend(id, null))
                .fieldName());
        assertThrows(ConflictException.class, () -> as(COORDINATOR).reinstate(id, new ReasonInput("Back")));
        assertEquals("SUSPENDED", as(COORDINATOR).suspend(id, new ReasonInput("Complaint under review")).status());
        assertEquals("ACTIVE", as(COORDINATOR).reinstate(id, new ReasonInput("Review closed")).status());
        assertThrows(NotFoundException.class, () -> as(COORDINATOR).suspend(InterpreterId.of(42),
                new ReasonInput("x")));
    }

    @Test
    void replacingTheProfileDoesNotChangeTheStatus() {
        InterpreterId id = created("interp-1");
        InterpreterInput suspended = profile("interp-1", "SUSPENDED");
        ValidationException e = assertThrows(ValidationException.class, () -> as(COORDINATOR).replaceProfile(id,
                suspended));
        assertEquals("status", e.fieldName());
        assertTrue(e.getMessage().contains("suspend"), e.getMessage());
        assertEquals("ACTIVE", as(COORDINATOR).replaceProfile(id, profile("interp-1", "active")).status(),
                "the same status may be stated");
    }

    @Test
    void everyChangeOfThePoolTellsTheCoverageReportButOnCallDoesNot() {
        InterpreterId id = created("interp-1");
        as(COORDINATOR).replaceProfile(id, profile("interp-1"));
        as(SELF).switchOnCall(new OnCallInput(true));
        as(COORDINATOR).suspend(id, new ReasonInput("Review"));
        as(COORDINATOR).reinstate(id, new ReasonInput("Reviewed"));
        assertEquals(4, poolChanges.told, "create, profile, suspend, reinstate; not on call");
    }

    /** Counts what the coverage report is told; the report itself is the integration tests' (CoverageIT). */
    private static final class PoolChanges implements CoverageFigures {
        int told;

        @Override
        public void poolChanged() {
            told++;
        }

        @Override
        public CoverageReport coverage(ReportPeriod period, LocalDate asOf, int horizonDays) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LocalDate> daysToRollUp(LocalDate today, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean rollUp(LocalDate day, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean keepPool(LocalDate asOf, int horizonDays) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theInterpreterSwitchesItselfOnCall() {
        InterpreterId id = created("interp-1");
        assertTrue(as(SELF).switchOnCall(new OnCallInput(true)).onCall());
        assertTrue(as(COORDINATOR).find(id).onCall());
        assertFalse(as(COORDINATOR).suspend(id, new ReasonInput("Review")).onCall(), "suspension ends on call");
        assertThrows(RuleViolationException.class, () -> as(SELF).switchOnCall(new OnCallInput(true)));
    }

    @Test
    void onCallWithoutAProfileSaysWhatIsMissing() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> as(OTHER).switchOnCall(new OnCallInput(
                true)));
        assertTrue(e.getMessage().startsWith("No interpreter profile is linked to your sign-in (interp-2)"),
                e.getMessage());
    }

    @Test
    void theListFiltersAndKeepsIdOrder() {
        created("interp-1");
        InterpreterId second = created("interp-2");
        as(COORDINATOR).suspend(second, new ReasonInput("Review"));
        assertEquals(List.of(1L, 2L), as(COORDINATOR).list(null).stream().map(InterpreterView::id).toList());
        assertEquals(List.of(2L), as(COORDINATOR).list(new InterpreterQuery("mya", "SUSPENDED")).stream()
                .map(InterpreterView::id).toList());
        assertTrue(as(COORDINATOR).list(new InterpreterQuery("khm", null)).isEmpty());
    }

    /** Keeps interpreters in a map and gives them ids as the database would. */
    static final class InMemoryInterpreters implements InterpreterRepository {

        private final Map<Long, Interpreter> byId = new LinkedHashMap<>();
        int stored;

        @Override
        public Optional<Interpreter> find(InterpreterId id) {
            return Optional.ofNullable(byId.get(id.value()));
        }

        @Override
        public Optional<Interpreter> findForUpdate(InterpreterId id) {
            return find(id);
        }

        @Override
        public Optional<Interpreter> findByUsername(String username) {
            return byId.values().stream().filter(i -> i.username().filter(username::equals).isPresent()).findFirst();
        }

        @Override
        public List<Interpreter> findAll(InterpreterFilter filter) {
            List<Interpreter> found = new ArrayList<>();
            for (Interpreter interpreter : byId.values()) {
                boolean language = filter.language().map(code -> interpreter.levelIn(code).isPresent()).orElse(true);
                boolean status = filter.status().map(wanted -> interpreter.status() == wanted).orElse(true);
                if (language && status) {
                    found.add(interpreter);
                }
            }
            return found;
        }

        @Override
        public void store(Interpreter interpreter) {
            stored++;
            if (!interpreter.isStored()) {
                long id = byId.size() + 1L;
                try {
                    Field field = Interpreter.class.getDeclaredField("id"); // the database's job
                    field.setAccessible(true);
                    field.set(interpreter, id);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                byId.put(id, interpreter);
            }
        }
    }
}
