package dk.caseportal.identity.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The vendor's customers and the products each has licensed. Every change names the version the
 * administrator saw, so concurrent edits are refused rather than overwritten.
 */
public interface CustomerAdministration {

    /**
     * @throws NameAlreadyInUseException     when another customer has the name (ignoring case)
     * @throws CustomerNumberInUseException when another customer has the number
     */
    CustomerId create(String name, String customerNumber);

    /**
     * Changes name and customer number.
     *
     * @throws ConcurrentChangeException when the customer changed since {@code expectedVersion}
     */
    void update(CustomerId customer, String name, String customerNumber, long expectedVersion);

    /** Its members keep their membership, but lose access to its products until it is reactivated. */
    void deactivate(CustomerId customer, long expectedVersion);

    void reactivate(CustomerId customer, long expectedVersion);

    /**
     * Sets the products the customer has licensed. Access its members had to a product that is no
     * longer licensed ends.
     */
    void changeLicensedProducts(CustomerId customer, Set<ProductId> products, long expectedVersion);

    Optional<CustomerDetails> find(CustomerId customer);

    List<CustomerDetails> find(CustomerQuery query);

    long count(CustomerQuery query);
}
