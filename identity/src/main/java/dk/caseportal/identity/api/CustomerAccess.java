package dk.caseportal.identity.api;

import java.util.List;

/**
 * One of a user's memberships as a page needs it: the customer, whether the user administers its
 * users, and the products the user may use there (ordered by name; empty when none).
 */
public record CustomerAccess(CustomerSummary customer, boolean customerAdministrator, List<ProductSummary> products) {

    public CustomerAccess {
        products = List.copyOf(products);
    }
}
