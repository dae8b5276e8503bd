package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseFeed;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.FeedOrder;
import dk.caseportal.cases.api.FeedPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * The feed of posts and history under "Indlæg", as its address says ({@link FeedAddress}): on
 * the case page, and alone at {@code /cases/feed?case=…}, which the page's script fetches when
 * the user sorts, searches, refreshes or asks for more. Plain GET requests: sorting or searching
 * costs one small request instead of a Faces postback of the page, and the page itself carries
 * no Faces components for the feed's tools. The case module checks the caller's access to the
 * case (and leaves out internal notes for customers) on every read.
 */
@Named
@RequestScoped
public class CaseFeedListing {

    @Inject
    CaseFeed feed;

    @Inject
    FeedLines lines;

    private FeedAddress address = FeedAddress.first();
    private CaseNumber caseNumber;
    private List<FeedLine> entries = List.of();
    private boolean more;

    @PostConstruct
    void readAddress() {
        address = FeedAddress.of(Faces.getRequestParameterMap());
    }

    /** The case page: the feed of the case it loaded. */
    public void show(CaseNumber number) {
        read(number);
    }

    /** {@code /cases/feed}: the case in the address; "not found" when there is none the caller may see. */
    public void loadFromAddress() {
        Optional<CaseNumber> number = CaseNumber.parse(Faces.getRequestParameter("case"));
        if (number.isEmpty() || !read(number.get())) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such case");
        }
    }

    private boolean read(CaseNumber number) {
        Optional<FeedPage> page = feed.feed(number, address.feedQuery());
        page.ifPresent(found -> {
            caseNumber = number;
            entries = lines.of(found.entries());
            more = found.more();
        });
        return page.isPresent();
    }

    public List<FeedLine> getEntries() {
        return entries;
    }

    public String getSearch() {
        return address.search();
    }

    public FeedOrder getOrder() {
        return address.order();
    }

    public FeedOrder[] getOrders() {
        return FeedOrder.values();
    }

    /** The case page's own address. */
    public String getPageAddress() {
        return caseNumber == null ? "" : Faces.getRequestContextPath() + "/cases/" + caseNumber;
    }

    /** Where the script fetches this case's feed alone (it adds the query). */
    public String getFeedAddress() {
        return caseNumber == null ? "" : Faces.getRequestContextPath() + "/cases/feed?case=" + caseNumber;
    }

    /** "Vis flere": the page with one page of entries more, or null when there is no more. */
    public String getMoreAddress() {
        if (!more || caseNumber == null) {
            return null;
        }
        return getPageAddress() + "?" + address.more().parameters() + "#posts";
    }

    /** How many entries are shown: the script keeps it when it refreshes. */
    public int getLimit() {
        return address.limit();
    }
}
