package dk.caseportal.web.cases;

import java.io.Serializable;
import java.util.List;

/**
 * One entry of the feed as the page shows it, its texts made in the page's language when the feed
 * is read: the page then renders plain values, a few components per entry rather than a branch
 * for every kind of history entry.
 *
 * @param text    for a history entry: the sentence ("Lars Nielsen (Leverandør) opdaterede …")
 * @param changes for an update: each field changed, old → new
 */
public record FeedLine(String key, boolean post, boolean internal, String author, String side, String ago,
                       String exactTime, String html, String text, List<Change> changes) implements Serializable {

    /** One field's change, its name and values as labels. */
    public record Change(String field, String code, String before, String after) implements Serializable {
    }

    public String cssClass() {
        return "feed-entry " + (post ? "feed-post" : "feed-history") + (internal ? " feed-internal" : "");
    }
}
