package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseField;
import dk.caseportal.cases.api.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One field's change in an "updated" history entry, as stored. */
@Embeddable
public class ChangedField {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseField field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected ChangedField() {
        // for JPA
    }

    ChangedField(FieldChange change) {
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
    }
}
