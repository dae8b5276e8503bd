package dk.caseportal.identity.api;

import java.util.List;

/**
 * A customer as administrators edit it.
 *
 * @param licensedProducts the products the customer has at all, ordered by name
 * @param members          how many users are members of the customer
 * @param version          detects concurrent edits
 */
public record CustomerDetails(CustomerId id, String name, String customerNumber, boolean active,
                              List<ProductSummary> licensedProducts, long members, long version) {

    public CustomerDetails {
        licensedProducts = List.copyOf(licensedProducts);
    }

    public CustomerSummary toSummary() {
        return new CustomerSummary(id, name, customerNumber);
    }
}
