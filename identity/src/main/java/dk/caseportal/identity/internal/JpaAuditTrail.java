package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit trail in the identity schema. */
@ApplicationScoped
@Transactional
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    AuditContext context;

    Clock clock = Clock.systemUTC();

    protected JpaAuditTrail() {
        // for CDI
    }

    JpaAuditTrail(EntityManager em, AuditContext context, Clock clock) {
        this.em = em;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void record(AuditAction action, String target, String before, String after) {
        Optional<UserSummary> actor = context.actor();
        em.persist(new AuditEvent(clock.instant(), actor.map(a -> a.id().value()).orElse(null),
                actor.map(a -> a.name() + " <" + a.email() + ">").orElse(null),
                context.address().orElse(null), action, target, before, after));
    }

    @Override
    public void recordAs(String actor, AuditAction action, String target) {
        em.persist(new AuditEvent(clock.instant(), null, actor, context.address().orElse(null), action, target,
                null, null));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> find(AuditQuery query) {
        return bind(em.createQuery("SELECT e FROM AuditEvent e" + where(query)
                        + (query.oldestFirst() ? " ORDER BY e.occurredAt ASC, e.id ASC" : " ORDER BY e.occurredAt DESC, e.id DESC"), AuditEvent.class), query)
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultStream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditQuery query) {
        return bind(em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(query), Long.class), query)
                .getSingleResult();
    }

    /** Only the conditions that are set: PostgreSQL cannot type a parameter that is null. */
    private static String where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        if (pattern(query) != null) {
            conditions.add("(LOWER(e.actor) LIKE :text OR LOWER(e.target) LIKE :text"
                    + " OR LOWER(e.before) LIKE :text OR LOWER(e.after) LIKE :text)");
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, AuditQuery query) {
        if (pattern(query) != null) {
            typed.setParameter("text", pattern(query));
        }
        if (query.action() != null) {
            typed.setParameter("action", query.action());
        }
        return typed;
    }

    private static String pattern(AuditQuery query) {
        return LikePattern.containing(query.text());
    }
}
