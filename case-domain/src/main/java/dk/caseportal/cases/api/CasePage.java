package dk.caseportal.cases.api;

import java.util.List;

/**
 * One page of "Mine sager" and how many cases the selection holds in all.
 *
 * @param rows  the cases on the page, in the order asked for
 * @param total every case the caller may see in the selection, on all pages
 */
public record CasePage(List<CaseRow> rows, long total) {

    public static final CasePage EMPTY = new CasePage(List.of(), 0);

    public CasePage {
        rows = List.copyOf(rows);
    }
}
