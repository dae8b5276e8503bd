package dk.caseportal.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** A user belongs to a customer; a customer administrator also manages its users and their access. */
@Entity
@IdClass(Membership.Key.class)
public class Membership {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "customer_admin", nullable = false)
    private boolean customerAdmin;

    protected Membership() {
        // for JPA
    }

    public Membership(User user, Customer customer) {
        this.userId = user.id().value();
        this.customerId = customer.id().value();
    }

    public long userId() {
        return userId;
    }

    public boolean isCustomerAdmin() {
        return customerAdmin;
    }

    public void setCustomerAdmin(boolean customerAdmin) {
        this.customerAdmin = customerAdmin;
    }

    /** Composite primary key. */
    public record Key(long userId, long customerId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
