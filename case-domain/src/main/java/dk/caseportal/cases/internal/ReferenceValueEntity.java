package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.cases.api.ReferenceValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One value of a reference list (Type, Haster, Indvirkning, Emne). */
@Entity
@Table(name = "reference_value")
public class ReferenceValueEntity {

    @Id
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

    public ReferenceValue toValue() {
        return new ReferenceValue(id, kind, code, labelDa, labelEn, position, active);
    }
}
