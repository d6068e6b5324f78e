package org.saphan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.application.AnonymousRefusals;
import org.saphan.application.audit.RequestContext;
import org.saphan.application.IdentityProvider;

/**
 * The servlet-level pieces: the guard that fails closed while Keycloak is down, the error page that gives refusals
 * before JAX-RS the same shape (and the same 503), and the headers every response carries.
 */
class WebFiltersTest {

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final IdentityProvider probe = mock(IdentityProvider.class);
    private final RequestContext requestContext = mock(RequestContext.class);
    private final StringWriter body = new StringWriter();
    private final Map<String, String> headers = new HashMap<>();
    private int status;

    @BeforeEach
    void setUp() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(body, true));
        doAnswer(i -> status = i.getArgument(0)).when(response).setStatus(anyInt());
        doAnswer(i -> headers.put(i.getArgument(0), i.getArgument(1))).when(response).setHeader(anyString(),
                anyString());
        when(request.getContextPath()).thenReturn("");
        when(request.getMethod()).thenReturn("GET");
        when(request.getRequestURI()).thenReturn("/api/bookings");
        when(request.getDispatcherType()).thenReturn(DispatcherType.ERROR);
        when(requestContext.requestId()).thenReturn("req-1");
    }

    private JsonObject json() {
        return Json.createReader(new StringReader(body.toString())).readObject();
    }

    private IdentityProviderGuardFilter guard() {
        IdentityProviderGuardFilter filter = new IdentityProviderGuardFilter();
        filter.identityProvider = probe;
        return filter;
    }

    @Test
    void aTokenWhileKeycloakIsDownIs503TryAgain() throws Exception {
        when(request.getHeader("Authorization")).thenReturn("Bearer x.y.z");
        when(probe.answers()).thenReturn(false);

        guard().doFilter(request, response, chain);

        assertEquals(503, status);
        assertEquals("10", headers.get("Retry-After"));
        assertEquals("identity-provider-unavailable", json().getString("error"));
        verify(chain, never()).doFilter(any(), any());
    }

    @Test
    void withoutATokenOrWithKeycloakUpTheRequestGoesOn() throws Exception {
        when(probe.answers()).thenReturn(false);
        guard().doFilter(request, response, chain);
        verify(chain).doFilter(request, response);

        HttpServletRequest withToken = mock(HttpServletRequest.class);
        when(withToken.getHeader("Authorization")).thenReturn("Bearer x.y.z");
        when(probe.answers()).thenReturn(true);
        guard().doFilter(withToken, response, chain);
        verify(chain).doFilter(withToken, response);
        assertEquals(0, status);
    }

    private ErrorServlet errorPage(AnonymousRefusals refusals) {
        ErrorServlet servlet = new ErrorServlet();
        servlet.identityProvider = probe;
        servlet.anonymous = refusals;
        servlet.requestContext = requestContext;
        servlet.init();
        return servlet;
    }

    private void failedAt(int code, String uri) {
        when(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).thenReturn(code);
        when(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).thenReturn(uri);
    }

    @Test
    void theErrorPageAndTheGuardGiveTheSame503() throws Exception {
        when(request.getHeader("Authorization")).thenReturn("Bearer x.y.z");
        when(probe.answers()).thenReturn(false);
        guard().doFilter(request, response, chain);
        JsonObject fromGuard = json();
        body.getBuffer().setLength(0);
        status = 0;

        failedAt(500, "/api/bookings");
        errorPage(mock(AnonymousRefusals.class)).service(request, response);

        assertEquals(503, status);
        assertEquals(fromGuard, json(), "one answer, written once");
    }

    @Test
    void aBadTokenIs401InTheShapeAndRecorded() throws Exception {
        when(request.getHeader("Authorization")).thenReturn("Bearer tok-7f3a9");
        failedAt(401, "/api/bookings/SPH-2026-000042");
        AnonymousRefusals refusals = mock(AnonymousRefusals.class);

        errorPage(refusals).service(request, response);

        assertEquals(401, status);
        assertEquals("unauthorized", json().getString("error"));
        assertEquals("no-store", headers.get("Cache-Control"));
        assertEquals("req-1", headers.get("X-Request-Id"));
        verify(refusals).refused(any(), eq(401), eq("invalid-token"), eq("GET /api/bookings/SPH-2026-000042"));
        assertFalse(body.toString().contains("tok-7f3a9"), "the token is never echoed");
    }

    @Test
    void aRefusalOutsideTheApiIsNotAnApiEntry() throws Exception {
        failedAt(403, "/coordinator/index.html");
        AnonymousRefusals refusals = mock(AnonymousRefusals.class);
        errorPage(refusals).service(request, response);
        assertEquals(403, status);
        verify(refusals, never()).refused(any(), anyInt(), anyString(), anyString());
    }

    @Test
    void aContainerFaultIs500WithoutItsDetail() throws Exception {
        failedAt(500, "/api/bookings");
        when(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)).thenReturn(new IllegalStateException(
                "secret detail"));
        errorPage(mock(AnonymousRefusals.class)).service(request, response);
        assertEquals(500, status);
        assertFalse(body.toString().contains("secret detail"));
        assertFalse(body.toString().contains("Exception"));
    }

    private SecurityHeadersFilter headersFilter() {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.providerUrl = "https://id.example.org:8443/realms/saphan";
        filter.requestContext = requestContext;
        filter.init();
        return filter;
    }

    @Test
    void apiAnswersAreNeverCachedAndCarryTheRequestId() throws Exception {
        headersFilter().doFilter(request, response, chain);
        assertEquals("no-store", headers.get("Cache-Control"));
        assertEquals("req-1", headers.get("X-Request-Id"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
        assertFalse(headers.containsKey("Content-Security-Policy"));
        verify(chain).doFilter(request, response);
    }

    @Test
    void pagesMayTalkOnlyToThemselvesAndTheConfiguredIdentityProvider() throws Exception {
        when(request.getRequestURI()).thenReturn("/requester/index.html");
        headersFilter().doFilter(request, response, chain);
        String csp = headers.get("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(csp.contains("connect-src 'self' https://id.example.org:8443;"), csp);
        assertTrue(csp.contains("frame-src https://id.example.org:8443;"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("/realms"), "an origin, not the realm's path: " + csp);
        assertEquals("no-cache", headers.get("Cache-Control"), "a page is checked again before its copy is used");
        verify(response, never()).setHeader(eq("X-Request-Id"), anyString());
    }
}
