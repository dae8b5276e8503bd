package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.CustomerAccess;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.TeamSummary;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers the identity questions straight from the database, so access changes apply at once. */
@ApplicationScoped
public class JpaIdentityDirectory implements IdentityDirectory {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** Null when used without CDI (in tests and inside other services of this module). */
    @Inject
    RequestMemo memo;

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

    /**
     * Access counts only while the user, the customer and the product are all active: retiring a
     * product or deactivating a customer or user ends access without deleting the grants.
     */
    private static final String EFFECTIVE_ACCESS = """
            FROM ProductAccess a, User u, Customer c, Product p
            WHERE a.userId = u.id AND a.customerId = c.id AND a.productId = p.id
              AND u.active = TRUE AND c.active = TRUE AND p.active = TRUE""";

    @Override
    public List<ProductSummary> productsFor(UserId user, CustomerId customer) {
        Optional<List<CustomerAccess>> known = accessReadInThisRequest(user);
        if (known.isPresent()) {
            return known.get().stream().filter(a -> a.customer().id().equals(customer))
                    .findFirst().map(CustomerAccess::products).orElse(List.of());
        }
        return em.createQuery("SELECT p.id, p.name " + EFFECTIVE_ACCESS
                        + " AND a.userId = :user AND a.customerId = :customer ORDER BY p.name", Object[].class)
                .setParameter("user", user.value())
                .setParameter("customer", customer.value())
                .getResultStream()
                .map(row -> new ProductSummary(new ProductId((Long) row[0]), (String) row[1]))
                .toList();
    }

    /**
     * Read once per request (the header, the page and the case module all ask), as plain columns:
     * no entities to build or to lock in the shared cache.
     */
    @Override
    public List<CustomerAccess> accessOf(UserId user) {
        Optional<List<CustomerAccess>> known = accessReadInThisRequest(user);
        if (known.isPresent()) {
            return known.get();
        }
        Map<Long, List<ProductSummary>> products = new HashMap<>();
        em.createQuery("SELECT a.customerId, p.id, p.name " + EFFECTIVE_ACCESS
                        + " AND a.userId = :user ORDER BY p.name", Object[].class)
                .setParameter("user", user.value())
                .getResultStream()
                .forEach(row -> products.computeIfAbsent((Long) row[0], c -> new ArrayList<>())
                        .add(new ProductSummary(new ProductId((Long) row[1]), (String) row[2])));
        List<CustomerAccess> access = em.createQuery("""
                        SELECT c.id, c.name, c.customerNumber, m.customerAdmin FROM Customer c, Membership m
                        WHERE m.customerId = c.id AND m.userId = :user AND c.active = TRUE
                        ORDER BY c.name""", Object[].class)
                .setParameter("user", user.value())
                .getResultStream()
                .map(row -> new CustomerAccess(
                        new CustomerSummary(new CustomerId((Long) row[0]), (String) row[1], (String) row[2]),
                        (Boolean) row[3], products.getOrDefault((Long) row[0], List.of())))
                .toList();
        if (memo != null) {
            memo.put(AccessOf.key(user), new AccessOf(access));
        }
        return access;
    }

    private Optional<List<CustomerAccess>> accessReadInThisRequest(UserId user) {
        return memo == null ? Optional.empty() : memo.get(AccessOf.key(user), AccessOf.class).map(AccessOf::access);
    }

    /** A user's access as read in this request. */
    private record AccessOf(List<CustomerAccess> access) {
        static String key(UserId user) {
            return "accessOf." + user.value();
        }
    }

    /**
     * In a request, answered from the user's whole access, read once for the request: a case page
     * asks this for the case, its files, its feed and its followers, and the header reads the
     * access anyway.
     */
    @Override
    public boolean hasProductAccess(UserId user, CustomerId customer, ProductId product) {
        if (memo != null && memo.inRequest()) {
            return accessOf(user).stream().anyMatch(access -> access.customer().id().equals(customer)
                    && access.products().stream().anyMatch(p -> p.id().equals(product)));
        }
        return em.createQuery("SELECT COUNT(a) " + EFFECTIVE_ACCESS
                        + " AND a.userId = :user AND a.customerId = :customer AND a.productId = :product", Long.class)
                .setParameter("user", user.value())
                .setParameter("customer", customer.value())
                .setParameter("product", product.value())
                .getSingleResult() > 0;
    }

    @Override
    public List<UserSummary> membersWithAccess(CustomerId customer, ProductId product) {
        return em.createQuery("SELECT u " + EFFECTIVE_ACCESS
                        + " AND a.customerId = :customer AND a.productId = :product ORDER BY u.name", User.class)
                .setParameter("customer", customer.value())
                .setParameter("product", product.value())
                .getResultStream()
                .map(User::toSummary)
                .toList();
    }

    @Override
    public Optional<CustomerSummary> findCustomer(CustomerId id) {
        return Optional.ofNullable(em.find(Customer.class, id.value())).map(Customer::toSummary);
    }

    @Override
    public List<CustomerSummary> activeCustomers() {
        return em.createQuery("SELECT c FROM Customer c WHERE c.active = TRUE ORDER BY c.name", Customer.class)
                .getResultStream()
                .map(Customer::toSummary)
                .toList();
    }

    @Override
    public Optional<ProductSummary> findProduct(ProductId id) {
        return Optional.ofNullable(em.find(Product.class, id.value())).map(Product::toSummary);
    }

    @Override
    public Optional<TeamSummary> findTeam(TeamId id) {
        return Optional.ofNullable(em.find(AgentTeam.class, id.value())).map(AgentTeam::toSummary);
    }

    @Override
    public List<TeamSummary> teamsOf(UserId user) {
        return em.createQuery("SELECT t FROM AgentTeam t WHERE :user MEMBER OF t.memberIds ORDER BY t.name",
                        AgentTeam.class)
                .setParameter("user", user.value())
                .getResultStream()
                .map(AgentTeam::toSummary)
                .toList();
    }

    @Override
    public List<TeamSummary> teams() {
        return em.createQuery("SELECT t FROM AgentTeam t ORDER BY t.name", AgentTeam.class)
                .getResultStream()
                .map(AgentTeam::toSummary)
                .toList();
    }

    @Override
    public List<UserSummary> staff() {
        return em.createQuery("SELECT u FROM User u WHERE u.active = TRUE AND u.role IN :roles ORDER BY u.name, u.id",
                        User.class)
                .setParameter("roles", List.of(Role.AGENT, Role.ADMIN))
                .getResultStream()
                .map(User::toSummary)
                .toList();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult() == 0;
    }
}
