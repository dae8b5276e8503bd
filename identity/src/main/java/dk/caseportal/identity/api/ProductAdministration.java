package dk.caseportal.identity.api;

import java.util.List;

/** The vendor's products: create, rename, retire and reinstate. */
public interface ProductAdministration {

    /** @throws NameAlreadyInUseException when another product has the name (ignoring case) */
    ProductId create(String name);

    /**
     * @param expectedVersion the version the administrator saw
     * @throws ConcurrentChangeException when the product changed since
     * @throws NameAlreadyInUseException when another product has the name
     */
    void rename(ProductId product, String newName, long expectedVersion);

    /** A retired product is no longer offered and gives no access; grants stay on record. */
    void retire(ProductId product, long expectedVersion);

    void reinstate(ProductId product, long expectedVersion);

    /**
     * A page of products; {@code text} matches the name, ignoring case.
     *
     * @param sortField {@code name} or {@code active}; null sorts by name
     */
    List<ProductDetails> find(String text, int first, int pageSize, String sortField, boolean ascending);

    long count(String text);
}
