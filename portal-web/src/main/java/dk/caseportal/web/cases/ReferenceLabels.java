package dk.caseportal.web.cases;

import dk.caseportal.cases.api.ReferenceValue;
import dk.caseportal.web.session.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A reference value's label in the page's language. */
@Named
@RequestScoped
public class ReferenceLabels {

    @Inject
    CurrentUser currentUser;

    public String of(ReferenceValue value) {
        return value == null ? "" : value.label(currentUser.getLocale());
    }
}
