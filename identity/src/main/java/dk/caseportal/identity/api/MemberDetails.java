package dk.caseportal.identity.api;

import java.util.List;

/**
 * A member of a customer as their administrators see them.
 *
 * @param products the customer's active products the member has access to, ordered by name
 */
public record MemberDetails(UserSummary user, boolean customerAdministrator, List<ProductSummary> products) {

    public MemberDetails {
        products = List.copyOf(products);
    }

    public boolean hasAccessTo(ProductId product) {
        return products.stream().anyMatch(p -> p.id().equals(product));
    }
}
