package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseDetails;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.Cases;
import dk.caseportal.web.files.CaseFilesView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/**
 * Backs the case page. A case the caller may not see answers exactly as one that does not exist:
 * "not found", so case numbers reveal nothing.
 */
@Named
@RequestScoped
public class CasePage {

    @Inject
    Cases cases;

    @Inject
    CaseFilesView files;

    @Inject
    CaseFeedView feed;

    @Inject
    CaseHandlingView handling;

    @Inject
    CaseFollowersView followers;

    @Inject
    CaseTabs tabs;

    private String tab;

    private String number;
    private CaseDetails details;

    public void load() {
        details = CaseNumber.parse(number).flatMap(cases::find).orElse(null);
        if (details == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such case");
        } else {
            files.show(details.number());
            feed.show(details.number());
            handling.show(details);
            followers.show(details.number(), details.privateCase());
            tabs.open(tab);
        }
    }

    public String getDescriptionHtml() {
        return details == null ? "" : PlainText.toHtml(details.description());
    }

    public CaseDetails getCase() {
        return details;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
