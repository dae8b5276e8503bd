package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseHistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of a case's history. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    static final String CREATED = "CREATED";
    static final String ASSIGNED_BY_RULE = "ASSIGNED_BY_RULE";
    static final String FILE_ADDED = "FILE_ADDED";
    static final String FILE_REMOVED = "FILE_REMOVED";

    @Id
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(nullable = false)
    private String kind;

    @Column(name = "team_name")
    private String teamName;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "rule_id")
    private Long ruleId;

    /** For a file added or removed: its name. */
    @Column
    private String detail;

    protected CaseEvent() {
        // for JPA
    }

    private CaseEvent(long caseId, OffsetDateTime occurredAt, Long actorId, String actorName, String kind) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.kind = kind;
    }

    static CaseEvent created(long caseId, OffsetDateTime at, long actorId, String actorName) {
        return new CaseEvent(caseId, at, actorId, actorName, CREATED);
    }

    static CaseEvent assignedByRule(long caseId, OffsetDateTime at, long ruleId, String teamName, String ownerName) {
        CaseEvent event = new CaseEvent(caseId, at, null, null, ASSIGNED_BY_RULE);
        event.ruleId = ruleId;
        event.teamName = teamName;
        event.ownerName = ownerName;
        return event;
    }

    /** {@code kind} is {@link #FILE_ADDED} or {@link #FILE_REMOVED}. */
    static CaseEvent file(String kind, long caseId, OffsetDateTime at, long actorId, String actorName,
                          String fileName) {
        CaseEvent event = new CaseEvent(caseId, at, actorId, actorName, kind);
        event.detail = fileName;
        return event;
    }

    long id() {
        return id;
    }

    OffsetDateTime occurredAt() {
        return occurredAt;
    }

    CaseHistoryEntry toEntry() {
        return new CaseHistoryEntry(occurredAt.toInstant(), actorName, kind, teamName, ownerName, detail);
    }
}
