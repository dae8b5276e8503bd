package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.AssignmentRules;
import dk.caseportal.cases.api.RuleDetails;
import dk.caseportal.cases.api.RuleSpec;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The assignment rules in the database; every change is audited. */
@ApplicationScoped
@Transactional
public class JpaAssignmentRules implements AssignmentRules {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    AuditTrail audit;

    protected JpaAssignmentRules() {
        // for CDI
    }

    JpaAssignmentRules(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleDetails> all() {
        return ordered().stream().map(AssignmentRule::toDetails).toList();
    }

    /** In the order they are tried: by position, the fallback rule last. */
    static String orderedQuery() {
        return "SELECT r FROM AssignmentRule r ORDER BY r.fallback, r.position, r.id";
    }

    private List<AssignmentRule> ordered() {
        return em.createQuery(orderedQuery(), AssignmentRule.class).getResultList();
    }

    @Override
    public long add(RuleSpec spec) {
        int position = ordered().stream().filter(r -> !r.isFallback()).mapToInt(AssignmentRule::position).max()
                .orElse(0) + 10;
        AssignmentRule rule = new AssignmentRule(position, spec);
        em.persist(rule);
        em.flush();
        audit.record(AuditAction.ASSIGNMENT_RULE_ADDED, "rule " + rule.id(), null, describe(rule));
        return rule.id();
    }

    @Override
    public void update(long id, RuleSpec spec, long expectedVersion) {
        AssignmentRule rule = find(id);
        if (rule.version() != expectedVersion) {
            throw new ConcurrentChangeException("Assignment rule " + id);
        }
        String before = describe(rule);
        rule.change(spec);
        Versions.write(em, rule, "Assignment rule " + id);
        audit.record(AuditAction.ASSIGNMENT_RULE_CHANGED, "rule " + id, before, describe(rule));
    }

    @Override
    public void move(long id, boolean up) {
        List<AssignmentRule> rules = ordered().stream().filter(r -> !r.isFallback()).collect(
                java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        AssignmentRule rule = find(id);
        int index = rules.indexOf(rule);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= rules.size()) {
            return;
        }
        rules.add(other, rules.remove(index));
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).moveTo((i + 1) * 10);
        }
        audit.record(AuditAction.ASSIGNMENT_RULE_CHANGED, "rule " + id, "place " + (index + 1), "place " + (other + 1));
    }

    @Override
    public void remove(long id) {
        AssignmentRule rule = find(id);
        if (rule.isFallback()) {
            throw new IllegalArgumentException("The fallback rule cannot be removed");
        }
        String before = describe(rule);
        em.remove(rule);
        audit.record(AuditAction.ASSIGNMENT_RULE_REMOVED, "rule " + id, before, null);
    }

    @Override
    public void routeFallbackTo(TeamId team, UserId owner) {
        AssignmentRule fallback = em.createQuery("SELECT r FROM AssignmentRule r WHERE r.fallback = TRUE",
                AssignmentRule.class).getSingleResult();
        String before = describe(fallback);
        fallback.routeTo(team == null ? null : team.value(), team == null || owner == null ? null : owner.value());
        audit.record(AuditAction.ASSIGNMENT_RULE_CHANGED, "fallback rule", before, describe(fallback));
    }

    private AssignmentRule find(long id) {
        AssignmentRule rule = em.find(AssignmentRule.class, id);
        if (rule == null) {
            throw new IllegalArgumentException("No assignment rule " + id);
        }
        return rule;
    }

    /** The rule's conditions and routing by id, for the audit trail. */
    private static String describe(AssignmentRule rule) {
        RuleSpec spec = rule.toDetails().spec();
        return "customer=" + spec.customer() + ", product=" + spec.product() + ", type=" + spec.typeId()
                + ", subject=" + spec.subjectId() + ", urgency=" + spec.urgencyId() + " -> team=" + spec.team()
                + ", owner=" + spec.owner();
    }
}
