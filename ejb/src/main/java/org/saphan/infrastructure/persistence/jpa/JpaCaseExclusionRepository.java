package org.saphan.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.saphan.domain.model.casework.CaseExclusion;
import org.saphan.domain.model.casework.CaseExclusionRepository;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.CaseCode;

/** Case exclusions in the {@code case_exclusion} table. */
@ApplicationScoped
public class JpaCaseExclusionRepository implements CaseExclusionRepository {

    @PersistenceContext(unitName = "saphan")
    EntityManager em;

    @Override
    public List<CaseExclusion> findForCase(String agency, CaseCode caseCode) {
        return em.createQuery("SELECT e FROM CaseExclusion e WHERE e.agency = :agency AND e.caseCode = :caseCode "
                + "ORDER BY e.id", CaseExclusion.class)
                .setParameter("agency", agency)
                .setParameter("caseCode", caseCode)
                .getResultList();
    }

    @Override
    public boolean exists(String agency, CaseCode caseCode, InterpreterId interpreter) {
        return !em.createQuery("SELECT e.id FROM CaseExclusion e WHERE e.agency = :agency "
                + "AND e.caseCode = :caseCode AND e.interpreter = :interpreter", Long.class)
                .setParameter("agency", agency)
                .setParameter("caseCode", caseCode)
                .setParameter("interpreter", interpreter)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void store(CaseExclusion exclusion) {
        em.persist(exclusion);
    }
}
