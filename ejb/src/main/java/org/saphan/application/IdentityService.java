package org.saphan.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** Tells callers who Saphan takes them to be. */
public interface IdentityService {

    Me me();

    /** The view of {@code GET /api/me}: no more than the caller already knows from its own token. */
    @JsonbNillable // absent agency or interpreter id is said as null, so every field is always there
    record Me(String subject, String username, List<String> roles, String agency, Long interpreterId) {
    }

    /** Proof that a use case is open to one role only; answers who was let in. */
    record RoleCheck(String role, String subject) {
    }

    RoleCheck requesterCheck();

    RoleCheck interpreterCheck();

    RoleCheck coordinatorCheck();
}
