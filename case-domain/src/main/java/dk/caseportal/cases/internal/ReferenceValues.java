package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import jakarta.persistence.EntityManager;

/** A case is classified only with active values of the right list. */
final class ReferenceValues {

    private ReferenceValues() {
    }

    static void requireActive(EntityManager em, long id, ReferenceKind kind, String field) {
        ReferenceValueEntity entity = em.find(ReferenceValueEntity.class, id);
        ReferenceValue value = entity == null ? null : entity.toValue();
        if (value == null || value.kind() != kind || !value.active()) {
            throw new InvalidCaseException(field, "not an active " + kind + " value: " + id);
        }
    }
}
