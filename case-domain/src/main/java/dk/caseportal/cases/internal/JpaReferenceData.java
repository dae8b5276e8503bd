package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.ReferenceData;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The reference lists from the database. */
@ApplicationScoped
public class JpaReferenceData implements ReferenceData {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    protected JpaReferenceData() {
        // for CDI
    }

    JpaReferenceData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ReferenceValue> active(ReferenceKind kind) {
        return em.createQuery("SELECT r FROM ReferenceValueEntity r WHERE r.kind = :kind AND r.active = TRUE"
                        + " ORDER BY r.position, r.id", ReferenceValueEntity.class)
                .setParameter("kind", kind)
                .getResultStream()
                .map(ReferenceValueEntity::toValue)
                .toList();
    }

    @Override
    public Optional<ReferenceValue> find(long id) {
        return Optional.ofNullable(em.find(ReferenceValueEntity.class, id)).map(ReferenceValueEntity::toValue);
    }
}
