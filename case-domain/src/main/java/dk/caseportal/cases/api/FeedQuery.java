package dk.caseportal.cases.api;

/**
 * Which part of a case's feed to show: the order, an optional search (post text and author
 * names) and how many entries ("Vis flere" asks for more).
 */
public record FeedQuery(FeedOrder order, String search, int limit) {

    public static final int PAGE = 20;
    /** The most entries one query reads. */
    public static final int MAX = 1000;

    public FeedQuery {
        order = order == null ? FeedOrder.LATEST_POSTS : order;
        search = search == null || search.isBlank() ? null : search.strip();
        limit = Math.max(1, Math.min(limit, MAX));
    }
}
