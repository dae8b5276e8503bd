package dk.caseportal.identity.api;

/**
 * A page of users for the administrators' list.
 *
 * @param text      matches name or email, ignoring case; null or blank for all
 * @param role      only this role; null for all
 * @param sortField {@code name}, {@code email}, {@code role} or {@code active}; null sorts by name
 */
public record UserQuery(String text, Role role, int first, int pageSize, String sortField, boolean ascending) {

    public UserQuery {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("Page out of range: first=" + first + ", size=" + pageSize);
        }
    }
}
