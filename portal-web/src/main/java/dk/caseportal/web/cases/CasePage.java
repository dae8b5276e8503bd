package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseDetails;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.Cases;
import dk.caseportal.web.i18n.BundleMessages;
import dk.caseportal.web.i18n.Dates;
import dk.caseportal.web.session.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
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
    CaseFeedView feed;

    @Inject
    CaseFeedListing feedListing;

    @Inject
    CaseHandlingView handling;

    @Inject
    CaseTabs tabs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Dates dates;

    @Inject
    ReferenceLabels referenceLabels;

    private String tab;

    private String number;
    private CaseDetails details;

    public void load() {
        details = CaseNumber.parse(number).flatMap(cases::find).orElse(null);
        if (details == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such case");
        } else {
            feed.show(details.number());
            feedListing.show(details.number());
            handling.show(details);
            // "Relaterede" (files, followers) takes the case from the tabs when it is built.
            tabs.open(tab, details.number(), details.privateCase(), details(), information());
        }
    }

    /** "Detaljer": Emne and Beskrivelse. */
    private List<CaseFact> details() {
        Locale locale = currentUser.getLocale();
        return List.of(
                CaseFact.text(label("case.subject", locale), "caseSubject", referenceLabels.of(details.subject())),
                new CaseFact(label("case.description", locale), "caseDescription",
                        PlainText.toHtml(details.description()), true));
    }

    /** "Information": the case's number, customer, contact and handling. */
    private List<CaseFact> information() {
        Locale locale = currentUser.getLocale();
        String team = isEmpty(details.teamName()) ? label("case.unassigned", locale) : details.teamName();
        String owner = isEmpty(details.ownerName()) ? "" : " · " + details.ownerName();
        return List.of(
                CaseFact.text(label("case.number", locale), "caseNumber", details.number().toString()),
                CaseFact.text(label("case.companyName", locale), "caseCustomer", details.customerName()),
                CaseFact.text(label("case.contactName", locale), "caseContact", details.contactName()),
                CaseFact.text(label("case.product", locale), "caseProduct", details.productName()),
                CaseFact.text(label("case.type", locale), "caseType", referenceLabels.of(details.type())),
                CaseFact.text(label("case.urgency", locale), "caseUrgency", referenceLabels.of(details.urgency())),
                CaseFact.text(label("case.impact", locale), "caseImpact", referenceLabels.of(details.impact())),
                CaseFact.text(label("case.priority", locale), "casePriority",
                        label("case.priority." + details.priority(), locale)),
                CaseFact.text(label("case.team", locale), "caseTeam", team + owner),
                CaseFact.text(label("case.created", locale), null, dates.dateTime(details.createdAt())),
                CaseFact.text(label("case.updated", locale), null, dates.dateTime(details.updatedAt())));
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static String label(String key, Locale locale) {
        return BundleMessages.format(key, locale);
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
