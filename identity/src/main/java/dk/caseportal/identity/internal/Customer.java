package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** A customer account of the vendor, with the products it has licensed. */
@Entity
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "customer_number", nullable = false, unique = true)
    private String customerNumber;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "customer_product", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "product_id")
    private Set<Long> licensedProductIds = new HashSet<>();

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(String name, String customerNumber) {
        this.name = requireText(name, 200, "name");
        this.customerNumber = requireText(customerNumber, 32, "customer number");
        this.active = true;
    }

    private static String requireText(String value, int max, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException("A customer's " + what + " is 1 to " + max + " characters");
        }
        return value.strip();
    }

    /** A deactivated customer keeps its data, but its members lose access to its products. */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public void rename(String newName, String newCustomerNumber) {
        this.name = requireText(newName, 200, "name");
        this.customerNumber = requireText(newCustomerNumber, 32, "customer number");
    }

    public void license(Product product) {
        licensedProductIds.add(product.id().value());
    }

    /** Replaces the licensed products; the caller ends access to products no longer licensed. */
    void licenseOnly(Set<Long> productIds) {
        licensedProductIds.retainAll(productIds);
        licensedProductIds.addAll(productIds);
    }

    Set<Long> licensedProductIds() {
        return Set.copyOf(licensedProductIds);
    }

    public String name() {
        return name;
    }

    public String customerNumber() {
        return customerNumber;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    public boolean hasLicensed(long productId) {
        return licensedProductIds.contains(productId);
    }

    public CustomerId id() {
        return new CustomerId(id);
    }

    public CustomerSummary toSummary() {
        return new CustomerSummary(id(), name, customerNumber);
    }
}
