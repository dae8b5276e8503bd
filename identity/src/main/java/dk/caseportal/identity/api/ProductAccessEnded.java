package dk.caseportal.identity.api;

/**
 * Fired in the transaction that takes a user's access away: one product at a customer, or, with
 * {@code product} null, every product there (the membership ended). Other modules end what the
 * access gave, such as following the product's cases.
 */
public record ProductAccessEnded(UserId user, CustomerId customer, ProductId product) {

    /** Whether the access to this product at this customer is among what ended. */
    public boolean covers(CustomerId atCustomer, ProductId ofProduct) {
        return customer.equals(atCustomer) && (product == null || product.equals(ofProduct));
    }
}
