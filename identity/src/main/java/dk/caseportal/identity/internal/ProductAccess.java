package dk.caseportal.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A member of a customer may use one of the customer's licensed products. */
@Entity
@Table(name = "product_access")
@IdClass(ProductAccess.Key.class)
public class ProductAccess {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Id
    @Column(name = "product_id")
    private long productId;

    protected ProductAccess() {
        // for JPA
    }

    ProductAccess(long userId, long customerId, long productId) {
        this.userId = userId;
        this.customerId = customerId;
        this.productId = productId;
    }

    /** Composite primary key. */
    public record Key(long userId, long customerId, long productId) implements Serializable {
        public Key() {
            this(0, 0, 0);
        }
    }
}
