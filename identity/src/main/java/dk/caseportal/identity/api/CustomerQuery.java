package dk.caseportal.identity.api;

/**
 * A page of customers for the administrators' list.
 *
 * @param text      matches name or customer number, ignoring case; null or blank for all
 * @param active    only active (true) or deactivated (false) customers; null for all
 * @param sortField {@code name}, {@code customerNumber} or {@code active}; null sorts by name
 */
public record CustomerQuery(String text, Boolean active, int first, int pageSize, String sortField,
                            boolean ascending) {

    public CustomerQuery {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("Page out of range: first=" + first + ", size=" + pageSize);
        }
    }
}
