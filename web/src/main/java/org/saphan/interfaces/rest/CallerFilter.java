package org.saphan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Turns the token that the container verified (signature, issuer, audience, expiry) into the application's
 * {@link Caller}. Reads claims from the verified token object, never from the raw header.
 */
@Provider
@PreMatching
public class CallerFilter implements ContainerRequestFilter {

    private static final Set<String> ROLES = Set.of(Caller.REQUESTER, Caller.INTERPRETER, Caller.COORDINATOR);

    @Context
    HttpServletRequest request;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext context) {
        Principal principal = request.getUserPrincipal();
        if (!(principal instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            return;
        }
        AccessToken token = oidc.getOidcSecurityContext().getToken();
        Set<String> roles = ROLES.stream().filter(request::isUserInRole).collect(Collectors.toSet());
        String username = Stream.of(token.getPreferredUsername(), token.getSubject())
                .filter(s -> s != null && !s.isBlank())
                .findFirst()
                .orElseThrow();
        currentCaller.set(new Caller(token.getSubject(), username, roles,
                Optional.ofNullable(token.getClaimValueAsString("agency"))));
    }
}
