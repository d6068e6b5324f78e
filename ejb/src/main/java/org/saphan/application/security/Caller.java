package org.saphan.application.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the verified access token says: the subject is the stable key, the username is for people,
 * the agency scopes what a requester may see. Never holds the token itself.
 */
public record Caller(String subject, String username, Set<String> roles, Optional<String> agency) {

    public static final String REQUESTER = "requester";
    public static final String INTERPRETER = "interpreter";
    public static final String COORDINATOR = "coordinator";

    public Caller {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a caller needs a subject");
        }
        roles = Set.copyOf(roles);
        agency = agency == null ? Optional.empty() : agency.filter(a -> !a.isBlank());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
