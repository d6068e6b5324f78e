package org.saphan.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saphan.application.security.NotAuthenticatedException;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.domain.model.audit.Outcome;
import org.saphan.domain.model.shared.ConflictException;
import org.saphan.domain.model.shared.DomainException;
import org.saphan.domain.model.shared.RuleViolationException;
import org.saphan.domain.model.shared.ValidationException;

/**
 * Every mapper: the status, the one error shape (never a stack trace or an internal detail), no caching, and the
 * refusal recorded under the resource method's action.
 */
class ExceptionMappersTest {

    private static ApiError error(Response response) {
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        ApiError error = (ApiError) response.getEntity();
        assertTrue(ApiError.CODE.matcher(error.error()).matches(), "a code for programs: " + error.error());
        assertFalse(error.message().isBlank());
        return error;
    }

    static DomainExceptionMapper domainMapper(MapperContext c) {
        DomainExceptionMapper mapper = new DomainExceptionMapper();
        mapper.request = c.request;
        mapper.resource = c.resource;
        mapper.uri = c.uri;
        mapper.refusals = c.refusals;
        return mapper;
    }

    static Stream<Arguments> domainRefusals() {
        return Stream.of(
                Arguments.of(new ValidationException("caseCode", "A case code has a digit."), 400, Outcome.REJECTED,
                        "caseCode"),
                Arguments.of(new RuleViolationException("hard-rule", "Not now."), 422, Outcome.REJECTED, null),
                Arguments.of(new ConflictException("taken", "Someone was first."), 409, Outcome.REJECTED, null),
                Arguments.of(new org.saphan.domain.model.shared.NotFoundException("booking", "SPH-2026-000042"), 404,
                        Outcome.DENIED, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("domainRefusals")
    void domainRefusalsAnswerByTheirKind(DomainException e, int status, Outcome outcome, String field) {
        MapperContext c = new MapperContext(true, true);
        Response response = domainMapper(c).toResponse(e);
        assertEquals(status, response.getStatus());
        ApiError error = error(response);
        assertEquals(e.code(), error.error());
        assertEquals(e.getMessage(), error.message());
        assertEquals(field, error.field());
        verify(c.refusals).refused(AuditAction.BOOKING_READ, "booking", MapperContext.REFERENCE, outcome, status,
                e.code());
    }

    @Test
    void aCallThatMatchedNoAuditedMethodIsNotRecorded() {
        MapperContext c = new MapperContext(true, false);
        domainMapper(c).toResponse(new ConflictException("taken", "Someone was first."));
        verify(c.refusals, never()).refused(any(), anyString(), any(), any(), anyInt(), anyString());
    }

    @Test
    void aFailingRefusalLogDoesNotChangeTheAnswer() {
        MapperContext c = new MapperContext(true, true);
        doThrow(new IllegalStateException("database down")).when(c.refusals).refused(any(), anyString(), any(),
                any(), anyInt(), anyString());
        assertEquals(409, domainMapper(c).toResponse(new ConflictException("taken", "Someone was first."))
                .getStatus());
    }

    private static AccessRefusalMapper accessMapper(MapperContext c) {
        AccessRefusalMapper mapper = new AccessRefusalMapper();
        mapper.request = c.request;
        mapper.resource = c.resource;
        mapper.uri = c.uri;
        mapper.refusals = c.refusals;
        return mapper;
    }

    @Test
    void aRefusedRoleIs403ForTheSignedInAnd401ForNobody() {
        MapperContext signedIn = new MapperContext(true, true);
        Response forbidden = accessMapper(signedIn).toResponse(new EJBAccessException("WFLYEJB0364: not allowed"));
        assertEquals(403, forbidden.getStatus());
        assertEquals(ApiError.forStatus(403), error(forbidden));
        verify(signedIn.refusals).refused(AuditAction.BOOKING_READ, "booking", MapperContext.REFERENCE,
                Outcome.DENIED, 403, ApiError.forStatus(403).error());

        MapperContext anonymous = new MapperContext(false, true);
        Response unauthorized = accessMapper(anonymous).toResponse(new EJBAccessException("not allowed"));
        assertEquals(401, unauthorized.getStatus());
        assertFalse(error(unauthorized).message().contains("WFLYEJB"), "the container's words stay inside");
    }

    @Test
    void aMissingCallerIs401WithTheUseCasesWords() {
        MapperContext c = new MapperContext(false, true);
        NotAuthenticatedMapper mapper = new NotAuthenticatedMapper();
        mapper.request = c.request;
        mapper.resource = c.resource;
        mapper.uri = c.uri;
        mapper.refusals = c.refusals;
        Response response = mapper.toResponse(new NotAuthenticatedException("Sign in first."));
        assertEquals(401, response.getStatus());
        assertEquals("Sign in first.", error(response).message());
        verify(c.refusals).refused(AuditAction.BOOKING_READ, "booking", MapperContext.REFERENCE, Outcome.DENIED, 401,
                error(response).error());
    }

    private static ConstraintViolation<?> violation(String path, String leaf, String message) {
        ConstraintViolation<?> v = mock(ConstraintViolation.class);
        Path p = mock(Path.class);
        Path.Node method = mock(Path.Node.class);
        Path.Node parameter = mock(Path.Node.class);
        Path.Node field = mock(Path.Node.class);
        org.mockito.Mockito.when(method.getName()).thenReturn("create");
        org.mockito.Mockito.when(parameter.getName()).thenReturn("arg0");
        org.mockito.Mockito.when(field.getName()).thenReturn(leaf);
        org.mockito.Mockito.when(p.iterator()).thenAnswer(i -> List.of(method, parameter, field).iterator());
        org.mockito.Mockito.when(p.toString()).thenReturn(path);
        doReturn(p).when(v).getPropertyPath();
        doReturn(message).when(v).getMessage();
        return v;
    }

    @Test
    void aBeanValidationRefusalNamesTheFirstFieldAtFault() {
        MapperContext c = new MapperContext(true, true);
        ConstraintViolationMapper mapper = new ConstraintViolationMapper();
        mapper.resource = c.resource;
        mapper.uri = c.uri;
        mapper.refusals = c.refusals;
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
        violations.add(violation("create.arg0.start", "start", "Say when it starts."));
        violations.add(violation("create.arg0.caseCode", "caseCode", "Give the case code."));

        Response response = mapper.toResponse(new ConstraintViolationException(violations));

        assertEquals(400, response.getStatus());
        ApiError error = error(response);
        assertEquals("invalid", error.error());
        assertEquals("caseCode", error.field());
        assertEquals("Give the case code.", error.message());
        assertEquals(400, mapper.toResponse(new ConstraintViolationException(Set.of())).getStatus());
    }

    private static UnexpectedExceptionMapper unexpectedMapper(MapperContext c, Providers providers) {
        UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();
        mapper.request = c.request;
        mapper.resource = c.resource;
        mapper.uri = c.uri;
        mapper.refusals = c.refusals;
        mapper.providers = providers;
        return mapper;
    }

    @Test
    void aContainerWrappedRefusalGoesToItsOwnMapper() {
        MapperContext c = new MapperContext(true, true);
        Providers providers = mock(Providers.class);
        doReturn(domainMapper(c)).when(providers).getExceptionMapper(ConflictException.class);

        Response response = unexpectedMapper(c, providers).toResponse(new EJBException(new ConflictException("taken",
                "Someone was first.")));

        assertEquals(409, response.getStatus());
        assertEquals("taken", error(response).error());
    }

    @Test
    void aLockConflictIs409TryAgain() {
        MapperContext c = new MapperContext(true, true);
        Response response = unexpectedMapper(c, mock(Providers.class)).toResponse(new EJBException(
                new jakarta.persistence.PersistenceException(new SQLException("Deadlock found", "40001", 1213))));
        assertEquals(409, response.getStatus());
        assertEquals("concurrent-change", error(response).error());
        assertEquals("1", response.getHeaderString("Retry-After"));
    }

    @Test
    void anythingElseIs500WithAnIncidentIdAndNoDetail() {
        MapperContext c = new MapperContext(true, true);
        Response response = unexpectedMapper(c, mock(Providers.class)).toResponse(new IllegalStateException(
                "row for Somchai Example not found in table booking_party"));
        assertEquals(500, response.getStatus());
        ApiError error = error(response);
        assertEquals("internal", error.error());
        assertTrue(error.message().matches(".*incident [0-9a-f-]{36}\\..*"), error.message());
        assertFalse(error.message().contains("Somchai") || error.message().contains("booking_party"));
        assertNull(error.field());
        verify(c.refusals).refused(AuditAction.BOOKING_READ, "booking", MapperContext.REFERENCE, Outcome.FAILED, 500,
                "internal");
    }

    @Test
    void jaxRsOwnRefusalsKeepTheirStatusInTheShape() {
        MapperContext c = new MapperContext(true, true);
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
        mapper.resource = c.resource;
        mapper.uri = c.uri;
        mapper.refusals = c.refusals;
        Response missing = mapper.toResponse(new NotFoundException());
        assertEquals(404, missing.getStatus());
        assertTrue(error(missing).message().contains("no such address"), error(missing).message());
        Response wrongMethod = mapper.toResponse(new NotAllowedException("GET"));
        assertEquals(405, wrongMethod.getStatus());
        assertEquals(ApiError.forStatus(405), error(wrongMethod));
        Response bad = mapper.toResponse(new jakarta.ws.rs.BadRequestException());
        assertEquals(400, bad.getStatus());
        error(bad);
    }

    @Test
    void anUnreadableBodyIs400WithoutTheParsersWords() {
        MapperContext c = new MapperContext(true, true);
        UnreadableBodyMapper mapper = new UnreadableBodyMapper();
        mapper.resource = c.resource;
        mapper.uri = c.uri;
        mapper.refusals = c.refusals;
        Response response = mapper.toResponse(new ProcessingException("Unexpected char 'S' at 'Somchai'"));
        assertEquals(400, response.getStatus());
        assertFalse(error(response).message().contains("Somchai"));
    }

    @Test
    void everyStatusHasAStandardAnswer() {
        for (int status : new int[]{400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 500, 502, 503, 418}) {
            ApiError e = ApiError.forStatus(status);
            assertTrue(ApiError.CODE.matcher(e.error()).matches(), status + ": " + e.error());
            assertFalse(e.message().isBlank());
            assertNull(e.field());
        }
        assertEquals(ApiError.forStatus(500).error(), ApiError.forStatus(502).error(), "server faults share one code");
    }

    @Test
    void aLoggedPathKeepsIdsAndHidesWords() {
        assertEquals("/api/bookings/SPH-2026-000042", Refusals.safePath("/api/bookings/SPH-2026-000042"));
        String typed = Refusals.safePath("/api/cases/Somchai%20Example/exclusions");
        assertFalse(typed.contains("Somchai"), typed);
        assertTrue(typed.startsWith("/api/cases/") && typed.endsWith("/exclusions"), typed);
        assertNull(Refusals.safePath(null));
    }

    @Test
    void outcomesByStatus() {
        assertEquals(Outcome.DENIED, Refusals.outcomeOf(401));
        assertEquals(Outcome.DENIED, Refusals.outcomeOf(403));
        assertEquals(Outcome.DENIED, Refusals.outcomeOf(404));
        assertEquals(Outcome.REJECTED, Refusals.outcomeOf(400));
        assertEquals(Outcome.REJECTED, Refusals.outcomeOf(409));
        assertEquals(Outcome.REJECTED, Refusals.outcomeOf(422));
        assertEquals(Outcome.FAILED, Refusals.outcomeOf(500));
        assertEquals(Outcome.FAILED, Refusals.outcomeOf(503));
    }
}
