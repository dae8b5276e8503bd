package dk.caseportal.web.cases;

import dk.caseportal.cases.api.FeedOrder;
import dk.caseportal.cases.api.FeedQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the case page's feed shows, as the query of its address, e.g.
 * {@code ?order=OLDEST_FIRST&q=l%C3%B8n&limit=40}: the order, the search and how many entries
 * ("Vis flere" adds a page). The case page reads it, so a sorted or searched feed survives a
 * reload and works without script; the page's script fetches the same query from
 * {@code /cases/feed} to change the feed in place. Values that are not what the page offers are
 * ignored, not trusted.
 *
 * @param order  the order
 * @param search the search text, or null
 * @param limit  how many entries, a whole number of pages
 */
public record FeedAddress(FeedOrder order, String search, int limit) {

    /** Longer searches are cut: nothing in a feed is searched by more. */
    static final int SEARCH_LENGTH = 255;

    public FeedAddress {
        order = order == null ? FeedOrder.LATEST_POSTS : order;
        search = search == null || search.isBlank() ? null : cut(search.strip());
        // Whole pages, at most as far as the case module reads ("Vis flere" stops there; MAX is whole pages too).
        int bounded = Math.min(Math.max(limit, FeedQuery.PAGE), FeedQuery.MAX);
        limit = (bounded + FeedQuery.PAGE - 1) / FeedQuery.PAGE * FeedQuery.PAGE;
    }

    /** The first page, newest posts first. */
    public static FeedAddress first() {
        return new FeedAddress(FeedOrder.LATEST_POSTS, null, FeedQuery.PAGE);
    }

    /** From a request's parameters {@code order}, {@code q} and {@code limit}. */
    public static FeedAddress of(Map<String, String> parameters) {
        return new FeedAddress(order(parameters.get("order")), parameters.get("q"), limit(parameters.get("limit")));
    }

    /** What the case module is asked for. */
    public FeedQuery feedQuery() {
        return new FeedQuery(order, search, limit);
    }

    /** The same feed with one page more. */
    public FeedAddress more() {
        return new FeedAddress(order, search, limit + FeedQuery.PAGE);
    }

    /**
     * The query's parameters (without {@code ?}) after {@code leading} ones, leaving out defaults:
     * empty for the first page, newest posts first.
     */
    public String parameters(String... leading) {
        StringBuilder query = new StringBuilder(64);
        for (String part : leading) {
            append(query, part);
        }
        if (order != FeedOrder.LATEST_POSTS) {
            append(query, "order=" + order.name());
        }
        if (search != null) {
            append(query, "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        if (limit != FeedQuery.PAGE) {
            append(query, "limit=" + limit);
        }
        return query.toString();
    }

    private static void append(StringBuilder query, String part) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(part);
    }

    private static FeedOrder order(String text) {
        if (text == null) {
            return null;
        }
        try {
            return FeedOrder.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int limit(String text) {
        if (text == null) {
            return FeedQuery.PAGE;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return FeedQuery.PAGE;
        }
    }

    private static String cut(String text) {
        return text.length() <= SEARCH_LENGTH ? text : text.substring(0, SEARCH_LENGTH);
    }
}
