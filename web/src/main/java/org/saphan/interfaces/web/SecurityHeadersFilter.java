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

/** Headers every response carries: no sniffing, no framing, no referrer, and no caching of API answers. */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestContext requestContext;

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
            response.setHeader("Content-Security-Policy",
                    "default-src 'self'; connect-src 'self' http://127.0.0.1:8180 ws://127.0.0.1:8080; "
                            + "frame-src http://127.0.0.1:8180; object-src 'none'; base-uri 'none'");
        }
        chain.doFilter(request, response);
    }
}
