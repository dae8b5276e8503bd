package dk.caseportal.web.cases;

import dk.caseportal.cases.api.FieldChange;
import dk.caseportal.cases.api.ReferenceData;
import dk.caseportal.web.i18n.BundleMessages;
import dk.caseportal.web.session.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A changed field's name and values in the page's language, for the feed's "opdaterede" entries. */
@Named
@RequestScoped
public class FieldChangeLabels {

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentUser currentUser;

    public String field(FieldChange change) {
        return BundleMessages.format("case.field." + change.field(), currentUser.getLocale());
    }

    public String before(FieldChange change) {
        return value(change, change.oldValue());
    }

    public String after(FieldChange change) {
        return value(change, change.newValue());
    }

    private String value(FieldChange change, String value) {
        if (value == null) {
            return BundleMessages.format("case.field.none", currentUser.getLocale());
        }
        return switch (change.field()) {
            case STATUS -> BundleMessages.format("case.status." + value, currentUser.getLocale());
            case PRIORITY -> BundleMessages.format("case.priority." + value, currentUser.getLocale());
            case TYPE, URGENCY, IMPACT, SUBJECT -> referenceData.find(Long.parseLong(value))
                    .map(reference -> reference.label(currentUser.getLocale())).orElse(value);
            case TEAM, OWNER -> value;
        };
    }
}
