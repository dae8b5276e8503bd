package dk.caseportal.web.cases;

import dk.caseportal.cases.api.CaseView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What "Mine sager" shows, as the query of its address, e.g.
 * {@code ?customer=1&view=OPEN&q=l%C3%B8n&rows=25&sort=title&dir=asc&page=2}. Every page, sort
 * and filter of the list has its own address: it can be bookmarked, shared, reloaded and reached
 * with the browser's back button, and the page's script fetches the same query from
 * {@code /cases/list} to change the list in place.
 *
 * @param customer  the customer's id, or null (a customer's user: the one last chosen; staff: all)
 * @param view      the view
 * @param search    the search text, or null
 * @param rows      rows per page
 * @param sort      the sort column's field, or null for the default order (newest update first)
 * @param ascending the sort direction of {@code sort}
 */
public record ListAddress(Long customer, CaseView view, String search, int rows, String sort, boolean ascending) {

    /** The query (with its {@code ?}) of page {@code page} of this list. */
    public String query(int page) {
        StringBuilder query = new StringBuilder(96).append('?');
        if (customer != null) {
            query.append("customer=").append(customer).append('&');
        }
        query.append("view=").append(view.name());
        if (search != null && !search.isEmpty()) {
            query.append("&q=").append(URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        query.append("&rows=").append(rows);
        if (sort != null) {
            query.append("&sort=").append(sort).append("&dir=").append(ascending ? "asc" : "desc");
        }
        if (page > 1) {
            query.append("&page=").append(page);
        }
        return query.toString();
    }

    /** The same list sorted by another column or direction (from its first page). */
    public ListAddress sortedBy(String field, boolean ascendingOrder) {
        return new ListAddress(customer, view, search, rows, field, ascendingOrder);
    }
}
