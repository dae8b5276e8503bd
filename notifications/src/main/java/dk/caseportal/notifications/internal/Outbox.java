package dk.caseportal.notifications.internal;

import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The outbox table: writing mails into it, and finding the next one that is due. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    protected Outbox() {
        // for CDI
    }

    Outbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Joins the caller's transaction: the mail exists only if the change it is about commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEntry enqueue(OutgoingMail mail) {
        OutboxMessage message = new OutboxMessage(mail, clock.instant());
        em.persist(message);
        em.flush();
        return message.toEntry();
    }

    /**
     * Locks the next due mail for the current transaction. SKIP LOCKED lets several dispatchers
     * (or a dispatcher and an administrator's retry) work without waiting for each other.
     */
    Optional<OutboxMessage> lockNextDue() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        SELECT id FROM notifications.outbox_message
                        WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .getResultList();
        return ids.stream().findFirst().map(id -> em.find(OutboxMessage.class, id.longValue()));
    }

    Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    List<OutboxMessage> page(OutboxStatus status, String recipientContains, int first, int size, String sortField,
                             boolean ascending) {
        String order = switch (sortField == null ? "" : sortField) {
            case "recipient" -> "m.recipient";
            case "status" -> "m.status";
            case "attempts" -> "m.attempts";
            case "createdAt" -> "m.createdAt";
            default -> null;
        };
        String orderBy = order == null ? "m.createdAt DESC, m.id DESC" : order + (ascending ? " ASC" : " DESC") + ", m.id";
        Filter filter = new Filter(status, recipientContains);
        TypedQuery<OutboxMessage> query = em.createQuery(
                "SELECT m FROM OutboxMessage m" + filter.where() + " ORDER BY " + orderBy, OutboxMessage.class);
        return filter.bind(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    long count(OutboxStatus status, String recipientContains) {
        Filter filter = new Filter(status, recipientContains);
        return filter.bind(em.createQuery("SELECT COUNT(m) FROM OutboxMessage m" + filter.where(), Long.class))
                .getSingleResult();
    }

    /** Only the conditions that are set: PostgreSQL cannot type a parameter that is null. */
    private record Filter(OutboxStatus status, String recipientContains) {

        String where() {
            List<String> conditions = new ArrayList<>();
            if (status != null) {
                conditions.add("m.status = :status");
            }
            if (pattern() != null) {
                conditions.add("LOWER(m.recipient) LIKE :recipient");
            }
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (status != null) {
                query.setParameter("status", status);
            }
            if (pattern() != null) {
                query.setParameter("recipient", pattern());
            }
            return query;
        }

        private String pattern() {
            if (recipientContains == null || recipientContains.isBlank()) {
                return null;
            }
            return "%" + recipientContains.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }
}
