package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Which of the case page's tabs is open: "Detaljer", or "Relaterede" when the address asks for it
 * ({@code ?tab=related}). The tab bar sets it as the user switches; only the open tab's content is
 * rendered, the other's when it is opened.
 *
 * <p>It also keeps what the tabs show of the case as the page loaded it: the facts of "Detaljer"
 * (which may be opened later, by a postback that does not load the case again), and the case for
 * the beans of "Relaterede" (files, followers), which are made only when that tab is built, so a
 * page showing "Detaljer" creates none of them.
 */
@Named
@ViewScoped
public class CaseTabs implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RELATED = "related";

    private int activeIndex;
    private CaseNumber caseNumber;
    private boolean privateCase;
    private List<CaseFact> details = List.of();
    private List<CaseFact> information = List.of();

    /** Called as the case page loads the case the caller may see. */
    void open(String tab, CaseNumber number, boolean privateCase, List<CaseFact> details,
              List<CaseFact> information) {
        activeIndex = RELATED.equals(tab) ? 1 : 0;
        this.caseNumber = number;
        this.privateCase = privateCase;
        this.details = List.copyOf(details);
        this.information = List.copyOf(information);
    }

    /** "Detaljer": Emne and Beskrivelse. */
    public List<CaseFact> getDetails() {
        return details;
    }

    /** "Information": the case's number, customer, contact and handling. */
    public List<CaseFact> getInformation() {
        return information;
    }

    /** The case the page shows, or null when it shows none (not found). */
    public CaseNumber getCaseNumber() {
        return caseNumber;
    }

    public boolean isPrivateCase() {
        return privateCase;
    }

    public int getActiveIndex() {
        return activeIndex;
    }

    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
    }
}
