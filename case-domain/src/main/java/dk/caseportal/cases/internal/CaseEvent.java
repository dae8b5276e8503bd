package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseHistoryEntry;
import dk.caseportal.cases.api.FieldChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One entry of a case's history. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    static final String CREATED = "CREATED";
    static final String ASSIGNED_BY_RULE = "ASSIGNED_BY_RULE";
    static final String FILE_ADDED = "FILE_ADDED";
    static final String FILE_REMOVED = "FILE_REMOVED";
    static final String UPDATED = "UPDATED";
    static final String FOLLOWER_ADDED = "FOLLOWER_ADDED";
    static final String FOLLOWER_REMOVED = "FOLLOWER_REMOVED";

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

    /** Whether the actor is the vendor's staff; null for the portal itself. */
    @Column(name = "vendor_side")
    private Boolean vendorSide;

    @Column(nullable = false)
    private String kind;

    @Column(name = "team_name")
    private String teamName;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "rule_id")
    private Long ruleId;

    /** For a file added or removed: its name; for a follower added or removed: theirs. */
    @Column
    private String detail;

    /**
     * For an update: the fields changed. Never read through this collection by the feed, which
     * reads the changes of a whole page in one query ({@link FeedService}).
     */
    @ElementCollection
    @CollectionTable(name = "case_event_change", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<ChangedField> changes = new ArrayList<>();

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

    /** Only a customer's user creates a case. */
    static CaseEvent created(long caseId, OffsetDateTime at, long actorId, String actorName) {
        CaseEvent event = new CaseEvent(caseId, at, actorId, actorName, CREATED);
        event.vendorSide = false;
        return event;
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
                          Boolean vendorSide, String fileName) {
        CaseEvent event = new CaseEvent(caseId, at, actorId, actorName, kind);
        event.vendorSide = vendorSide;
        event.detail = fileName;
        return event;
    }

    /** Someone changed fields of the case ("opdaterede denne registrering"). */
    static CaseEvent updated(long caseId, OffsetDateTime at, long actorId, String actorName, boolean vendorSide,
                             List<FieldChange> fieldChanges) {
        CaseEvent event = new CaseEvent(caseId, at, actorId, actorName, UPDATED);
        event.vendorSide = vendorSide;
        fieldChanges.forEach(change -> event.changes.add(new ChangedField(change)));
        return event;
    }

    /**
     * {@code kind} is {@link #FOLLOWER_ADDED} or {@link #FOLLOWER_REMOVED}; without an actor when
     * the portal ended the follow (the follower lost access).
     */
    static CaseEvent follower(String kind, long caseId, OffsetDateTime at, Long actorId, String actorName,
                              Boolean vendorSide, String followerName) {
        CaseEvent event = new CaseEvent(caseId, at, actorId, actorName, kind);
        event.vendorSide = vendorSide;
        event.detail = followerName;
        return event;
    }

    long id() {
        return id;
    }

    OffsetDateTime occurredAt() {
        return occurredAt;
    }

    String kind() {
        return kind;
    }

    /** The entry with the changes read for it (by the feed, a page at a time). */
    CaseHistoryEntry toEntry(List<FieldChange> fieldChanges) {
        return new CaseHistoryEntry(occurredAt.toInstant(), actorName, vendorSide, kind, teamName, ownerName, detail,
                fieldChanges);
    }
}
