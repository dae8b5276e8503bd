package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.cases.api.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A support case: what a customer's user reported, how it is classified, and who works it. */
@Entity
@Table(name = "support_case")
public class SupportCase {

    /** EclipseLink's query hint for results only read: its shared copies, none registered for changes. */
    static final String READ_ONLY = "eclipselink.read-only";

    static final int MAX_TITLE = 255;
    static final int MAX_DESCRIPTION = 32_000;

    @Id
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, updatable = false)
    private long caseNumber;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false)
    private String customerName;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Column(name = "urgency_id", nullable = false)
    private long urgencyId;

    @Column(name = "impact_id", nullable = false)
    private long impactId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "private_case", nullable = false)
    private boolean privateCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "team_name")
    private String teamName;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** When the case was marked solved; null while it is not solved. */
    @Column(name = "solved_at")
    private OffsetDateTime solvedAt;

    @Version
    private long version;

    protected SupportCase() {
        // for JPA
    }

    /** What the creator chose; number, priority and assignment are set when the case is opened. */
    SupportCase(Classification classification, String title, String description, boolean privateCase) {
        this.customerId = classification.customerId();
        this.customerName = classification.customerName();
        this.productId = classification.productId();
        this.productName = classification.productName();
        this.typeId = classification.typeId();
        this.urgencyId = classification.urgencyId();
        this.impactId = classification.impactId();
        this.subjectId = classification.subjectId();
        this.title = title;
        this.description = description;
        this.privateCase = privateCase;
    }

    /** Opens the case: its number, priority, creator and time; status Ny. */
    void open(long number, Priority derivedPriority, long creatorId, String creatorName, OffsetDateTime now) {
        this.caseNumber = number;
        this.priority = derivedPriority;
        this.contactId = creatorId;
        this.contactName = creatorName;
        this.status = CaseStatus.NEW;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void assign(Long newTeamId, String newTeamName, Long newOwnerId, String newOwnerName) {
        this.teamId = newTeamId;
        this.teamName = newTeamName;
        this.ownerId = newOwnerId;
        this.ownerName = newOwnerName;
    }

    /** A new status; marking it solved starts the reopen period, leaving "solved" ends it. */
    void changeStatus(CaseStatus newStatus, OffsetDateTime now) {
        if (newStatus != status) {
            solvedAt = newStatus == CaseStatus.SOLVED ? now : null;
            status = newStatus;
        }
    }

    void classify(long newTypeId, long newUrgencyId, long newImpactId, long newSubjectId, Priority newPriority) {
        this.typeId = newTypeId;
        this.urgencyId = newUrgencyId;
        this.impactId = newImpactId;
        this.subjectId = newSubjectId;
        this.priority = newPriority;
    }

    void updated(OffsetDateTime now) {
        this.updatedAt = now;
    }

    /** The classification and names the case was created with, as the rules and lists see them. */
    record Classification(long customerId, String customerName, long productId, String productName, long typeId,
                          long urgencyId, long impactId, long subjectId) {
    }

    long id() {
        return id;
    }

    long customerId() {
        return customerId;
    }

    long productId() {
        return productId;
    }

    long typeId() {
        return typeId;
    }

    long urgencyId() {
        return urgencyId;
    }

    long impactId() {
        return impactId;
    }

    long subjectId() {
        return subjectId;
    }

    long contactId() {
        return contactId;
    }

    boolean isPrivate() {
        return privateCase;
    }

    CaseNumber number() {
        return new CaseNumber(caseNumber);
    }

    String customerName() {
        return customerName;
    }

    String productName() {
        return productName;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    CaseStatus status() {
        return status;
    }

    Priority priority() {
        return priority;
    }

    Long teamId() {
        return teamId;
    }

    Long ownerId() {
        return ownerId;
    }

    OffsetDateTime solvedAt() {
        return solvedAt;
    }

    long version() {
        return version;
    }

    String teamName() {
        return teamName;
    }

    String ownerName() {
        return ownerName;
    }

    String contactName() {
        return contactName;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * The case with this number, whoever may see it (callers apply the case access policy), to read
     * only: EclipseLink hands out its shared copy instead of registering one in the persistence
     * context, which a case page, asking for the case in four services, notices. Never change it,
     * and do not use it in a transaction that may have created the case: it does not see what the
     * transaction wrote (FilesIT found it).
     */
    static Optional<SupportCase> byNumber(EntityManager em, long caseNumber) {
        return em.createQuery("SELECT c FROM SupportCase c WHERE c.caseNumber = :number", SupportCase.class)
                .setParameter("number", caseNumber)
                .setHint(READ_ONLY, true)
                .getResultStream()
                .findFirst();
    }

    /**
     * The case with this number, managed: to change it, or when the case may have been created in
     * the same transaction (a file claimed as the case is created).
     */
    static Optional<SupportCase> byNumberToChange(EntityManager em, long caseNumber) {
        return em.createQuery("SELECT c FROM SupportCase c WHERE c.caseNumber = :number", SupportCase.class)
                .setParameter("number", caseNumber)
                .getResultStream()
                .findFirst();
    }

    /**
     * Something happened on the case (a post, a file added or removed): it counts as updated, but
     * its version stays, so people writing on a case never make an agent's edit of it fail. In SQL,
     * because EclipseLink raises the version in a JPQL bulk update; the shared cache forgets the
     * case so the next read sees the time.
     */
    static void touch(EntityManager em, long caseId, OffsetDateTime now) {
        em.createNativeQuery("UPDATE cases.support_case SET updated_at = ?1 WHERE id = ?2 AND updated_at < ?1")
                .setParameter(1, now)
                .setParameter(2, caseId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(SupportCase.class, caseId);
    }

    OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
