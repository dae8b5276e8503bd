package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One cell of the priority matrix: this urgency with this impact gives this priority. */
@Entity
@Table(name = "priority_matrix")
@IdClass(PriorityCell.Key.class)
public class PriorityCell {

    @Id
    @Column(name = "urgency_id")
    private long urgencyId;

    @Id
    @Column(name = "impact_id")
    private long impactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    protected PriorityCell() {
        // for JPA
    }

    PriorityCell(long urgencyId, long impactId, Priority priority) {
        this.urgencyId = urgencyId;
        this.impactId = impactId;
        this.priority = priority;
    }

    public Priority priority() {
        return priority;
    }

    /**
     * The priority the matrix gives; Middel for a pair without a cell (a value added since, until
     * an administrator sets it).
     */
    static Priority of(EntityManager em, long urgencyId, long impactId) {
        PriorityCell cell = em.find(PriorityCell.class, new Key(urgencyId, impactId));
        return cell == null ? Priority.MEDIUM : cell.priority;
    }

    void change(Priority newPriority) {
        this.priority = newPriority;
    }

    /** Composite primary key. */
    public record Key(long urgencyId, long impactId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
