package dk.caseportal.cases.api;

import dk.caseportal.identity.api.CustomerId;

/**
 * A page of "Mine sager".
 *
 * @param customer  the selected customer; for the vendor's staff null means every customer
 * @param text      matches the title (ignoring case) or the case number; null or blank for all
 * @param sortField {@code number}, {@code title}, {@code status}, {@code customerName},
 *                  {@code productName}, {@code priority}, {@code updatedAt} or {@code teamName};
 *                  null sorts by last update, newest first
 */
public record CaseQuery(CustomerId customer, CaseView view, String text, int first, int pageSize, String sortField,
                        boolean ascending) {

    public CaseQuery {
        if (view == null) {
            throw new IllegalArgumentException("A view is required");
        }
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("Page out of range: first=" + first + ", size=" + pageSize);
        }
    }
}
