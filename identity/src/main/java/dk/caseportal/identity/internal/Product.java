package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.ProductDetails;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** A product of the vendor. */
@Entity
public class Product {

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(String name) {
        this.name = requireName(name);
        this.active = true;
    }

    /** A retired product is no longer offered; grants stay on record but give no access. */
    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("A product's name is 1 to 200 characters");
        }
        return name.strip();
    }

    public String name() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    ProductDetails toDetails() {
        return new ProductDetails(id(), name, active, version);
    }

    public ProductId id() {
        return new ProductId(id);
    }

    public ProductSummary toSummary() {
        return new ProductSummary(id(), name);
    }
}
