package dk.caseportal.web.cases;

import dk.caseportal.web.i18n.BundleMessages;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes the feed ({@code <cp:caseFeedList value="#{caseFeedListing.entries}"
 * search="#{caseFeedListing.search}" more="#{caseFeedListing.moreAddress}"/>}): a line when it is
 * empty, the entries as {@code <ul id="caseFeed">} from the prepared {@link FeedLine}s, and "Vis
 * flere" as a link to the page with more entries (the page's script fetches them in place). As
 * Facelets markup each entry cost a dozen expression evaluations and component visits, the
 * largest part of the case page's time. Every text is escaped by the response writer; a post's
 * HTML is written as it is, because the case module cleaned it with an allowlist before storing it.
 */
@FacesComponent(value = CaseFeedList.TYPE, createTag = true, namespace = CaseList.NAMESPACE, tagName = "caseFeedList")
public class CaseFeedList extends WrittenComponent {

    static final String TYPE = "dk.caseportal.CaseFeedList";

    @Override
    @SuppressWarnings("unchecked")
    public void encodeEnd(FacesContext context) throws IOException {
        List<FeedLine> lines = (List<FeedLine>) getAttributes().get("value");
        Object search = getAttributes().get("search");
        Object more = getAttributes().get("more");
        Locale locale = context.getViewRoot().getLocale();
        ResponseWriter w = context.getResponseWriter();
        if (lines == null || lines.isEmpty()) {
            w.startElement("p", this);
            w.writeAttribute("id", "feedEmpty", null);
            w.writeAttribute("class", "portal-muted", null);
            w.writeText(BundleMessages.format(search == null ? "feed.empty" : "feed.noHits", locale), null);
            w.endElement("p");
        }
        w.startElement("ul", this);
        w.writeAttribute("id", "caseFeed", null);
        w.writeAttribute("class", "case-feed", null);
        w.writeAttribute("data-search", search == null ? "" : search.toString(), null);
        String internalBadge = BundleMessages.format("feed.internalBadge", locale);
        for (FeedLine line : lines == null ? List.<FeedLine>of() : lines) {
            w.startElement("li", this);
            w.writeAttribute("class", line.cssClass(), null);
            w.writeAttribute("data-key", line.key(), null);
            if (line.post()) {
                post(w, line, internalBadge);
            } else {
                history(w, line);
            }
            w.endElement("li");
        }
        w.endElement("ul");
        if (more != null) {
            // Looks like the page's other outlined buttons; a link, so it also works without script.
            w.startElement("a", this);
            w.writeAttribute("id", "feedMore", null);
            w.writeAttribute("class", "ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only"
                    + " ui-button-outlined feed-more", null);
            w.writeURIAttribute("href", more, null);
            w.startElement("span", this);
            w.writeAttribute("class", "ui-button-text ui-c", null);
            w.writeText(BundleMessages.format("feed.more", locale), null);
            w.endElement("span");
            w.endElement("a");
        }
    }

    private void post(ResponseWriter w, FeedLine line, String internalBadge) throws IOException {
        w.startElement("div", this);
        w.writeAttribute("class", "feed-meta", null);
        element(w, "strong", "feed-author", line.author());
        element(w, "span", "portal-muted", " " + line.side());
        element(w, "span", "portal-muted", " · ");
        time(w, line);
        if (line.internal()) {
            element(w, "span", "portal-badge feed-internal-badge", internalBadge);
        }
        w.endElement("div");
        w.startElement("div", this);
        w.writeAttribute("class", "feed-body", null);
        w.write(line.html());
        w.endElement("div");
    }

    private void history(ResponseWriter w, FeedLine line) throws IOException {
        element(w, "span", "feed-history-text", line.text());
        element(w, "span", "portal-muted", " · ");
        time(w, line);
        if (!line.changes().isEmpty()) {
            w.startElement("ul", this);
            w.writeAttribute("class", "feed-changes", null);
            for (FeedLine.Change change : line.changes()) {
                w.startElement("li", this);
                w.writeAttribute("data-field", change.code(), null);
                element(w, "span", "feed-change-field", change.field() + ":");
                w.writeText(" " + change.before() + " → ", null);
                element(w, "strong", null, change.after());
                w.endElement("li");
            }
            w.endElement("ul");
        }
    }

    private void time(ResponseWriter w, FeedLine line) throws IOException {
        w.startElement("time", this);
        w.writeAttribute("class", "portal-muted feed-time", null);
        w.writeAttribute("title", line.exactTime(), null);
        w.writeText(line.ago(), null);
        w.endElement("time");
    }

    private void element(ResponseWriter w, String name, String cssClass, String text) throws IOException {
        w.startElement(name, this);
        if (cssClass != null) {
            w.writeAttribute("class", cssClass, null);
        }
        w.writeText(text == null ? "" : text, null);
        w.endElement(name);
    }
}
