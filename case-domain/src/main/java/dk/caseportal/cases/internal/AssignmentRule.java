package dk.caseportal.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * Routes a new case to a team and optionally an owner when all its conditions match; a condition
 * left empty matches anything. The fallback rule has no conditions and comes last.
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule {

    @Id
    @SequenceGenerator(name = "assignment_rule_seq", sequenceName = "assignment_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_rule_seq")
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "type_id")
    private Long typeId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "urgency_id")
    private Long urgencyId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(nullable = false)
    private boolean fallback;

    @Version
    private long version;

    protected AssignmentRule() {
        // for JPA
    }

    /** A rule with conditions (null for "any") routing to a team and optionally an owner. */
    public AssignmentRule(int position, Long customerId, Long productId, Long typeId, Long subjectId,
                          Long urgencyId, long teamId, Long ownerId) {
        this.position = position;
        this.customerId = customerId;
        this.productId = productId;
        this.typeId = typeId;
        this.subjectId = subjectId;
        this.urgencyId = urgencyId;
        this.teamId = teamId;
        this.ownerId = ownerId;
    }

    boolean matches(SupportCase candidate) {
        return fallback || (matches(customerId, candidate.customerId()) && matches(productId, candidate.productId())
                && matches(typeId, candidate.typeId()) && matches(subjectId, candidate.subjectId())
                && matches(urgencyId, candidate.urgencyId()));
    }

    private static boolean matches(Long condition, long value) {
        return condition == null || Objects.equals(condition, value);
    }

    /** Where the fallback rule sends cases; until set, they stay unassigned. */
    public void routeTo(Long newTeamId, Long newOwnerId) {
        this.teamId = newTeamId;
        this.ownerId = newOwnerId;
    }

    public long id() {
        return id;
    }

    public Long teamId() {
        return teamId;
    }

    public Long ownerId() {
        return ownerId;
    }

    public boolean isFallback() {
        return fallback;
    }
}
