package org.saphan.interfaces.web;

import jakarta.inject.Inject;
import org.saphan.application.audit.RequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every response carries: no sniffing, no framing, no referrer, no caching of API answers, and pages that a
 * browser must check again before it uses its copy (their names carry no version, so a new release must reach the
 * next load; an unchanged file answers 304 and costs a few bytes).
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestContext requestContext;

    /** The identity provider the pages talk to (sign-in, token refresh), from the same setting as the server's. */
    @Inject
    @ConfigProperty(name = "saphan.oidc.provider-url")
    transient String providerUrl;

    private transient String contentSecurityPolicy;

    @Override
    public void init() {
        URI provider = URI.create(providerUrl);
        String keycloak = provider.getScheme() + "://" + provider.getAuthority();
        // 'self' covers the gateway's ws:/wss: on the same host (CSP 3)
        contentSecurityPolicy = "default-src 'self'; connect-src 'self' " + keycloak + "; frame-src " + keycloak
                + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store");
            // the id in this request's audit entries: a person can quote it, a coordinator can find them
            response.setHeader("X-Request-Id", requestContext.requestId());
        } else {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
