package org.saphan.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.saphan.application.IdentityProvider;

/**
 * Fails closed while Keycloak does not answer: a token-bearing API request gets 503 even if the token's
 * signature could still be checked against cached keys, because Saphan then cannot learn that an account was
 * disabled or a role withdrawn. The probe's answer is cached for seconds, so this costs no call per request.
 */
@WebFilter(filterName = "identity-provider-guard", urlPatterns = "/api/*")
public class IdentityProviderGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IdentityProviderGuardFilter.class.getName());

    @Inject
    transient IdentityProvider identityProvider;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Authorization") != null && !identityProvider.answers()) {
            LOG.warning(() -> "Refused " + request.getMethod() + " " + request.getRequestURI()
                    + " with 503: the identity provider does not answer");
            response.setStatus(IdentityProviderDown.STATUS);
            response.setHeader("Retry-After", IdentityProviderDown.RETRY_AFTER);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(IdentityProviderDown.JSON);
            return;
        }
        chain.doFilter(request, response);
    }
}
