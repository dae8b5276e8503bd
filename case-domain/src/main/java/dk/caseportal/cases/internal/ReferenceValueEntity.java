package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One value of a reference list (Type, Haster, Indvirkning, Emne). */
@Entity
@Table(name = "reference_value")
public class ReferenceValueEntity {

    @Id
    @SequenceGenerator(name = "reference_value_seq", sequenceName = "reference_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reference_value_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferenceKind kind;

    @Column(nullable = false)
    private String code;

    @Column(name = "label_da", nullable = false)
    private String labelDa;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected ReferenceValueEntity() {
        // for JPA
    }

    ReferenceValueEntity(ReferenceKind kind, String code, String labelDa, String labelEn, int position) {
        this.kind = kind;
        this.code = code;
        relabel(labelDa, labelEn);
        this.position = position;
        this.active = true;
    }

    void relabel(String newLabelDa, String newLabelEn) {
        this.labelDa = requireLabel(newLabelDa);
        this.labelEn = requireLabel(newLabelEn);
    }

    private static String requireLabel(String label) {
        if (label == null || label.isBlank() || label.strip().length() > 100) {
            throw new IllegalArgumentException("A label is 1 to 100 characters");
        }
        return label.strip();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void setActive(boolean newActive) {
        this.active = newActive;
    }

    long id() {
        return id;
    }

    ReferenceKind kind() {
        return kind;
    }

    int position() {
        return position;
    }

    long version() {
        return version;
    }

    public ReferenceValue toValue() {
        return new ReferenceValue(id, kind, code, labelDa, labelEn, position, active, version);
    }
}
