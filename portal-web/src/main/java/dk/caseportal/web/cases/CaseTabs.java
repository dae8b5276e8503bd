package dk.caseportal.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Which of the case page's tabs is open: "Detaljer", or "Relaterede" when the address asks for it
 * ({@code ?tab=related}). The tab bar sets it as the user switches; only the open tab's content is
 * rendered, the other's when it is opened.
 */
@Named
@ViewScoped
public class CaseTabs implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RELATED = "related";

    private int activeIndex;

    void open(String tab) {
        activeIndex = RELATED.equals(tab) ? 1 : 0;
    }

    public int getActiveIndex() {
        return activeIndex;
    }

    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
    }
}
