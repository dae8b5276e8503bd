package dk.caseportal.web.cases;

import java.util.List;

/**
 * What "Mine sager" shows in one request, prepared by {@link MyCasesPage} and written by
 * {@link CaseList}: a plain value, so writing it asks no bean for anything.
 *
 * @param noAccess a customer's user's reason for having no list (already translated), or null
 * @param headers  the columns, with their sort state
 * @param lines    the rows of the current page
 * @param paging   where the list stands
 * @param staff    whether the customer column is shown
 * @param address  the list's address without the page, for the pager's links
 * @param home     the home page's path (the context path and {@code /}), where the links lead
 */
public record CaseListing(String noAccess, List<Header> headers, List<CaseLine> lines, Paging paging,
                          boolean staff, ListAddress address, String home) {

    /**
     * A column header.
     *
     * @param label    its text
     * @param ariaSort {@code ascending}, {@code descending} or {@code none}
     * @param href     the address of the list sorted by this column (the other way round if it is already)
     */
    public record Header(String label, String ariaSort, String href) {
    }

    /** The address of page {@code page} of this list. */
    public String pageHref(int page) {
        return home + address.query(page);
    }

    public CaseListing {
        headers = List.copyOf(headers);
        lines = List.copyOf(lines);
    }
}
