package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.AssignmentRules;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The assignment rules in the database. */
@ApplicationScoped
@Transactional
public class JpaAssignmentRules implements AssignmentRules {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Override
    public void add(int position, CustomerId customer, ProductId product, Long typeId, Long subjectId,
                    Long urgencyId, TeamId team, UserId owner) {
        em.persist(new AssignmentRule(position, customer == null ? null : customer.value(),
                product == null ? null : product.value(), typeId, subjectId, urgencyId, team.value(),
                owner == null ? null : owner.value()));
    }

    @Override
    public void routeFallbackTo(TeamId team, UserId owner) {
        em.createQuery("SELECT r FROM AssignmentRule r WHERE r.fallback = TRUE", AssignmentRule.class)
                .getSingleResult()
                .routeTo(team == null ? null : team.value(), owner == null ? null : owner.value());
    }
}
