package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseFeed;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.web.session.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * "Del en opdatering..." on the case page: the post being written and sharing it (the case module
 * checks the caller's access to the case and cleans the post). The feed itself is
 * {@link CaseFeedListing}, read by plain requests; after a post is shared the page's script shows
 * the feed from its newest post.
 */
@Named
@ViewScoped
public class CaseFeedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFeed feed;

    @Inject
    CurrentUser currentUser;

    private CaseNumber caseNumber;
    private String draft;
    /** For the vendor's staff: the post is an internal note, never shown to the customer. */
    private boolean internalNote;

    /** Called as the case page loads the case the caller may see. */
    public void show(CaseNumber number) {
        this.caseNumber = number;
    }

    /**
     * "Del": the post is cleaned and stored; the answer tells the page's script to show the feed
     * from the newest post.
     */
    public void share() {
        try {
            feed.share(caseNumber, draft, internalNote && isStaff());
            draft = null;
            internalNote = false;
            PrimeFaces.current().ajax().addCallbackParam("shared", true);
            Messages.addGlobalInfo("feed.shared");
        } catch (InvalidCaseException e) {
            Messages.addError("feedForm:post", "feed.invalid");
        } catch (AccessRefusedException e) {
            Messages.addGlobalError("feed.refused");
        }
    }

    /** The vendor's staff may write internal notes. */
    public boolean isStaff() {
        return currentUser.getUser().role().isVendorStaff();
    }

    public boolean isInternalNote() {
        return internalNote;
    }

    public void setInternalNote(boolean internalNote) {
        this.internalNote = internalNote;
    }

    public String getCaseNumber() {
        return caseNumber == null ? "" : caseNumber.toString();
    }

    public boolean isShown() {
        return caseNumber != null;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }
}
