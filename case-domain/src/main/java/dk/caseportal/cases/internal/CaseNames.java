package dk.caseportal.cases.internal;

import dk.caseportal.identity.api.NameChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Keeps the customer, product and team names shown beside cases current when identity renames one. */
@ApplicationScoped
public class CaseNames {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    protected CaseNames() {
        // for CDI
    }

    CaseNames(EntityManager em) {
        this.em = em;
    }

    /** Runs in the renaming transaction, so the lists never show a name that was changed back. */
    void on(@Observes NameChanged renamed) {
        String column = switch (renamed.kind()) {
            case CUSTOMER -> "customer";
            case PRODUCT -> "product";
            case TEAM -> "team";
        };
        em.createQuery("UPDATE SupportCase c SET c." + column + "Name = :name WHERE c." + column + "Id = :id")
                .setParameter("name", renamed.name())
                .setParameter("id", renamed.id())
                .executeUpdate();
    }
}
