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
 */
public record CaseListing(String noAccess, List<Header> headers, List<CaseLine> lines, Paging paging,
                          boolean staff) {

    /**
     * A column header.
     *
     * @param field    the sort field it sends
     * @param label    its text
     * @param ariaSort {@code ascending}, {@code descending} or {@code none}
     * @param icon     the PrimeIcons class showing that
     */
    public record Header(String field, String label, String ariaSort, String icon) {
    }

    public CaseListing {
        headers = List.copyOf(headers);
        lines = List.copyOf(lines);
    }
}
