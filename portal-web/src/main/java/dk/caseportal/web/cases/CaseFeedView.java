package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseFeed;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.FeedOrder;
import dk.caseportal.cases.api.FeedPage;
import dk.caseportal.cases.api.FeedQuery;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.web.session.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * "Indlæg" on the case page: sharing a post, and the feed of posts and history — sorted, searched
 * and paged ("Vis flere"). Every action asks the case module again, which checks the caller's
 * access to the case.
 */
@Named
@ViewScoped
public class CaseFeedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFeed feed;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient FeedLines lines;

    private CaseNumber caseNumber;
    private FeedOrder order = FeedOrder.LATEST_POSTS;
    private String search;
    private int limit = FeedQuery.PAGE;
    private String draft;
    /** For the vendor's staff: the post is an internal note, never shown to the customer. */
    private boolean internalNote;
    private List<FeedLine> entries = List.of();
    private boolean more;

    /** Called as the case page loads the case the caller may see. */
    public void show(CaseNumber number) {
        this.caseNumber = number;
        load();
    }

    public void load() {
        FeedPage page = caseNumber == null ? null
                : feed.feed(caseNumber, new FeedQuery(order, search, limit)).orElse(null);
        entries = page == null ? List.of() : lines.of(page.entries());
        more = page != null && page.more();
    }

    /** "Del": the post is cleaned and stored, and the feed shows it first. */
    public void share() {
        try {
            feed.share(caseNumber, draft, internalNote && isStaff());
            draft = null;
            internalNote = false;
            order = FeedOrder.LATEST_POSTS;
            search = null;
            limit = FeedQuery.PAGE;
            Messages.addGlobalInfo("feed.shared");
        } catch (InvalidCaseException e) {
            Messages.addError("feedForm:post", "feed.invalid");
        } catch (AccessRefusedException e) {
            Messages.addGlobalError("feed.refused");
        }
        load();
    }

    /** A new order or search starts again from the first page. */
    public void restart() {
        limit = FeedQuery.PAGE;
        load();
    }

    /** "Vis flere". */
    public void showMore() {
        limit += FeedQuery.PAGE;
        load();
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

    public List<FeedLine> getEntries() {
        return entries;
    }

    public boolean isMore() {
        return more;
    }

    public FeedOrder[] getOrders() {
        return FeedOrder.values();
    }

    public FeedOrder getOrder() {
        return order;
    }

    public void setOrder(FeedOrder order) {
        this.order = order == null ? FeedOrder.LATEST_POSTS : order;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }
}
