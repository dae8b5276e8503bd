package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One line of the audit trail. Never changed once written (a database trigger refuses it). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(updatable = false)
    private String target;

    @Column(name = "before_value", updatable = false)
    private String before;

    @Column(name = "after_value", updatable = false)
    private String after;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(Instant occurredAt, Long actorId, String actor, String address, AuditAction action, String target,
               String before, String after) {
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.actorId = actorId;
        this.actor = cut(actor, 254);
        this.address = cut(address, 64);
        this.action = action;
        this.target = cut(target, 300);
        this.before = cut(before, 1000);
        this.after = cut(after, 1000);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt.toInstant(), actor, address, action, target, before, after);
    }
}
