package dk.caseportal.identity.internal;

import jakarta.persistence.EntityManager;
import java.util.Locale;

/** Names people must tell apart: products, customers, teams are unique ignoring case. */
final class UniqueNames {

    private UniqueNames() {
    }

    /**
     * Whether another record of the entity has the value in the field, ignoring case and
     * surrounding blanks. {@code entity} and {@code field} are constants of this module.
     */
    static boolean taken(EntityManager em, String entity, String field, String value, Long exceptId) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e WHERE LOWER(e." + field + ") = :value"
                        + " AND e.id <> :except", Long.class)
                .setParameter("value", value == null ? "" : value.strip().toLowerCase(Locale.ROOT))
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }
}
