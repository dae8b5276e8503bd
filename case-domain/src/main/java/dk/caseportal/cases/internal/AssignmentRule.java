package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.RuleDetails;
import dk.caseportal.cases.api.RuleSpec;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
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
        change(customerId, productId, typeId, subjectId, urgencyId, teamId, ownerId);
    }

    AssignmentRule(int position, RuleSpec spec) {
        this.position = position;
        change(spec);
    }

    void change(RuleSpec spec) {
        if (spec.team() == null) {
            throw new IllegalArgumentException("A rule routes to a team");
        }
        change(spec.customer() == null ? null : spec.customer().value(),
                spec.product() == null ? null : spec.product().value(), spec.typeId(), spec.subjectId(),
                spec.urgencyId(), spec.team().value(), spec.owner() == null ? null : spec.owner().value());
    }

    private void change(Long newCustomerId, Long newProductId, Long newTypeId, Long newSubjectId, Long newUrgencyId,
                        long newTeamId, Long newOwnerId) {
        if (!fallback) {
            this.customerId = newCustomerId;
            this.productId = newProductId;
            this.typeId = newTypeId;
            this.subjectId = newSubjectId;
            this.urgencyId = newUrgencyId;
        }
        this.teamId = newTeamId;
        this.ownerId = newOwnerId;
    }

    RuleDetails toDetails() {
        return new RuleDetails(id, new RuleSpec(customerId == null ? null : new CustomerId(customerId),
                productId == null ? null : new ProductId(productId), typeId, subjectId, urgencyId,
                teamId == null ? null : new TeamId(teamId), ownerId == null ? null : new UserId(ownerId)),
                fallback, version);
    }

    int position() {
        return position;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    long version() {
        return version;
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
