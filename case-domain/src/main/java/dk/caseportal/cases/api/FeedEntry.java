package dk.caseportal.cases.api;

import java.time.Instant;

/**
 * One entry of a case's feed ("Indlæg"): a post, or an entry of the case's history.
 *
 * @param vendorSide for a post: written by the vendor's staff (else by the customer's side)
 * @param internal   for a post: an internal note, which only the vendor's staff ever get
 * @param html       for a post: its content, cleaned on the server and safe to show as it is
 * @param history    for a history entry: what happened
 */
public record FeedEntry(String key, Instant at, String actorName, boolean vendorSide, boolean internal, String html,
                        CaseHistoryEntry history) {

    public static FeedEntry post(long id, Instant at, String author, boolean vendorSide, boolean internal,
                                 String html) {
        return new FeedEntry("post-" + id, at, author, vendorSide, internal, html, null);
    }

    public static FeedEntry history(long id, CaseHistoryEntry entry) {
        return new FeedEntry("history-" + id, entry.occurredAt(), entry.actorName(),
                Boolean.TRUE.equals(entry.vendorSide()), false, null, entry);
    }

    public boolean isPost() {
        return history == null;
    }
}
