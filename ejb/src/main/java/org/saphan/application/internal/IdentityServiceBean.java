package org.saphan.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.saphan.application.IdentityService;
import org.saphan.application.audit.AuditTrail;
import org.saphan.domain.model.audit.AuditAction;
import org.saphan.application.security.Caller;
import org.saphan.application.security.CurrentCaller;

@Stateless
public class IdentityServiceBean implements IdentityService {

    @Inject
    CurrentCaller currentCaller;

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    @PermitAll
    public Me me() {
        Caller caller = currentCaller.require();
        Long interpreterId = null;
        if (caller.hasRole(Caller.INTERPRETER)) {
            List<?> ids = em.createNativeQuery("SELECT id FROM interpreter WHERE username = ?1")
                    .setParameter(1, caller.username())
                    .getResultList();
            interpreterId = ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
        }
        audit.record(AuditAction.IDENTITY_READ, "identity", null, null);
        return new Me(caller.subject(), caller.username(), caller.roles().stream().sorted().toList(),
                caller.agency().orElse(null), interpreterId);
    }

    @Override
    @RolesAllowed(Caller.REQUESTER)
    public RoleCheck requesterCheck() {
        audit.record(AuditAction.ROLE_CHECK, "role", Caller.REQUESTER, null);
        return new RoleCheck(Caller.REQUESTER, currentCaller.require().subject());
    }

    @Override
    @RolesAllowed(Caller.INTERPRETER)
    public RoleCheck interpreterCheck() {
        audit.record(AuditAction.ROLE_CHECK, "role", Caller.INTERPRETER, null);
        return new RoleCheck(Caller.INTERPRETER, currentCaller.require().subject());
    }

    @Override
    @RolesAllowed(Caller.COORDINATOR)
    public RoleCheck coordinatorCheck() {
        audit.record(AuditAction.ROLE_CHECK, "role", Caller.COORDINATOR, null);
        return new RoleCheck(Caller.COORDINATOR, currentCaller.require().subject());
    }
}
