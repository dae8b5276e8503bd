package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Answers the identity questions straight from the database, so access changes apply at once. */
@ApplicationScoped
public class JpaIdentityDirectory implements IdentityDirectory {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    protected JpaIdentityDirectory() {
        // for CDI
    }

    JpaIdentityDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UserSummary> findUser(UserId id) {
        return Optional.ofNullable(em.find(User.class, id.value())).map(User::toSummary);
    }

    @Override
    public Optional<UserSummary> findUserByEmail(String email) {
        return findEntityByEmail(email).map(User::toSummary);
    }

    /** For sign-in within this module; other modules get {@link UserSummary}. */
    public Optional<User> findEntityByEmail(String email) {
        return em.createQuery("SELECT u FROM User u WHERE LOWER(u.email) = :email", User.class)
                .setParameter("email", EmailAddresses.normalize(email))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CustomerSummary> customersOf(UserId user) {
        return em.createQuery("""
                        SELECT c FROM Customer c, Membership m
                        WHERE m.customerId = c.id AND m.userId = :user AND c.active = TRUE
                        ORDER BY c.name""", Customer.class)
                .setParameter("user", user.value())
                .getResultStream()
                .map(Customer::toSummary)
                .toList();
    }

    @Override
    public List<ProductSummary> productsFor(UserId user, CustomerId customer) {
        return em.createQuery("""
                        SELECT p FROM Product p, ProductAccess a
                        WHERE a.productId = p.id AND a.userId = :user AND a.customerId = :customer
                          AND p.active = TRUE
                        ORDER BY p.name""", Product.class)
                .setParameter("user", user.value())
                .setParameter("customer", customer.value())
                .getResultStream()
                .map(Product::toSummary)
                .toList();
    }

    @Override
    public boolean hasProductAccess(UserId user, CustomerId customer, ProductId product) {
        return em.find(ProductAccess.class,
                new ProductAccess.Key(user.value(), customer.value(), product.value())) != null;
    }

    @Override
    public List<UserSummary> membersWithAccess(CustomerId customer, ProductId product) {
        return em.createQuery("""
                        SELECT u FROM User u, ProductAccess a
                        WHERE a.userId = u.id AND a.customerId = :customer AND a.productId = :product
                          AND u.active = TRUE
                        ORDER BY u.name""", User.class)
                .setParameter("customer", customer.value())
                .setParameter("product", product.value())
                .getResultStream()
                .map(User::toSummary)
                .toList();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult() == 0;
    }
}
