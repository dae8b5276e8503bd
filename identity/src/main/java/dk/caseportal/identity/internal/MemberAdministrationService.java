package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityAdministration;
import dk.caseportal.identity.api.MemberAdministration;
import dk.caseportal.identity.api.MemberDetails;
import dk.caseportal.identity.api.NewMember;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.ProductAccessEnded;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Members of a customer and their product access, with the policy of who may change them. The
 * refusal of a tampered request is committed (it changes nothing else), so the audit trail keeps it.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = AccessRefusedException.class)
public class MemberAdministrationService implements MemberAdministration {

    private static final Logger LOG = Logger.getLogger(MemberAdministrationService.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AuditContext caller;

    @Inject
    IdentityAdministration users;

    @Inject
    Event<ProductAccessEnded> accessEnded;

    protected MemberAdministrationService() {
        // for CDI
    }

    MemberAdministrationService(EntityManager em, AuditTrail audit, AuditContext caller,
                                IdentityAdministration users, Event<ProductAccessEnded> accessEnded) {
        this.em = em;
        this.audit = audit;
        this.caller = caller;
        this.users = users;
        this.accessEnded = accessEnded;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayAdminister(CustomerId customer) {
        Optional<User> actor = actor();
        Customer entity = em.find(Customer.class, customer.value());
        if (actor.isEmpty() || entity == null || !actor.get().isActive()) {
            return false;
        }
        if (actor.get().role() == Role.ADMIN) {
            return true;
        }
        Membership membership = em.find(Membership.class, new Membership.Key(actor.get().id().value(),
                customer.value()));
        return entity.isActive() && membership != null && membership.isCustomerAdmin();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CustomerSummary> administeredCustomers() {
        return actor().filter(User::isActive).map(user -> em.createQuery("""
                        SELECT c FROM Customer c, Membership m
                        WHERE m.customerId = c.id AND m.userId = :user AND m.customerAdmin = TRUE AND c.active = TRUE
                        ORDER BY c.name""", Customer.class)
                .setParameter("user", user.id().value())
                .getResultStream()
                .map(Customer::toSummary)
                .toList()).orElse(List.of());
    }

    @Override
    public CustomerSummary customer(CustomerId customer) {
        return requireAdministrable(customer, "members of customer " + customer).toSummary();
    }

    @Override
    public List<ProductSummary> grantableProducts(CustomerId customer) {
        Customer entity = requireAdministrable(customer, "products of customer " + customer);
        if (entity.licensedProductIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids AND p.active = TRUE ORDER BY p.name",
                        Product.class)
                .setParameter("ids", entity.licensedProductIds())
                .getResultStream()
                .map(Product::toSummary)
                .toList();
    }

    @Override
    public List<MemberDetails> members(CustomerId customer, String text, int first, int pageSize, String sortField,
                                       boolean ascending) {
        requireAdministrable(customer, "members of customer " + customer);
        String order = ("email".equals(sortField) ? "LOWER(u.email)" : "LOWER(u.name)") + (ascending ? " ASC" : " DESC");
        List<Object[]> rows = memberQuery("SELECT u, m.customerAdmin", " ORDER BY " + order + ", u.id",
                customer, text, Object[].class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> userIds = rows.stream().map(row -> ((User) row[0]).id().value()).toList();
        Map<Long, List<ProductSummary>> access = new HashMap<>();
        em.createQuery("""
                        SELECT a.userId, p FROM ProductAccess a, Product p
                        WHERE a.productId = p.id AND p.active = TRUE AND a.customerId = :customer AND a.userId IN :users
                        ORDER BY p.name""", Object[].class)
                .setParameter("customer", customer.value())
                .setParameter("users", userIds)
                .getResultList()
                .forEach(row -> access.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>())
                        .add(((Product) row[1]).toSummary()));
        return rows.stream()
                .map(row -> {
                    User user = (User) row[0];
                    return new MemberDetails(user.toSummary(), (Boolean) row[1],
                            access.getOrDefault(user.id().value(), List.of()));
                })
                .toList();
    }

    @Override
    public long countMembers(CustomerId customer, String text) {
        requireAdministrable(customer, "members of customer " + customer);
        return memberQuery("SELECT COUNT(u)", "", customer, text, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> memberQuery(String select, String orderBy, CustomerId customer, String text,
                                          Class<T> type) {
        String pattern = LikePattern.containing(text);
        TypedQuery<T> query = em.createQuery(select + " FROM User u, Membership m"
                + " WHERE m.userId = u.id AND m.customerId = :customer"
                + (pattern == null ? "" : " AND (LOWER(u.name) LIKE :text OR LOWER(u.email) LIKE :text)")
                + orderBy, type);
        query.setParameter("customer", customer.value());
        return pattern == null ? query : query.setParameter("text", pattern);
    }

    @Override
    public UserId invite(CustomerId customer, NewMember member) {
        Customer entity = requireAdministrable(customer, "invitation into customer " + customer);
        for (ProductId product : member.products()) {
            requireGrantable(entity, product);
        }
        UserId invited = users.inviteUser(new NewUser(member.name(), member.email(), Role.CUSTOMER,
                member.locale(), null));
        User user = em.find(User.class, invited.value());
        join(user, entity);
        member.products().forEach(product -> grantAccess(user, entity, em.find(Product.class, product.value())));
        return invited;
    }

    @Override
    public void addMember(CustomerId customer, UserId user) {
        Customer entity = requireAdministrable(customer, "adding a member to customer " + customer);
        requireAdministrator("adding an existing user to customer " + entity.name());
        User member = em.find(User.class, user.value());
        if (member == null) {
            throw new IllegalArgumentException("No user with id " + user);
        }
        if (em.find(Membership.class, new Membership.Key(user.value(), customer.value())) == null) {
            join(member, entity);
        }
    }

    private void join(User user, Customer customer) {
        em.persist(new Membership(user, customer));
        audit.record(AuditAction.MEMBER_ADDED, IdentityAdministrationService.label(user), null, customer.name());
    }

    @Override
    public void removeMember(CustomerId customer, UserId user) {
        Customer entity = requireAdministrable(customer, "removing a member of customer " + customer);
        Membership membership = requireMembership(entity, user);
        em.createQuery("DELETE FROM ProductAccess a WHERE a.customerId = :customer AND a.userId = :user")
                .setParameter("customer", customer.value())
                .setParameter("user", user.value())
                .executeUpdate();
        em.remove(membership);
        User member = em.find(User.class, user.value());
        audit.record(AuditAction.MEMBER_REMOVED, IdentityAdministrationService.label(member), entity.name(), null);
        accessEnded.fire(new ProductAccessEnded(user, customer, null));
        LOG.info(() -> "Removed user " + user + " from customer " + customer);
    }

    @Override
    public void grant(CustomerId customer, UserId user, ProductId product) {
        Customer entity = requireAdministrable(customer, "granting access at customer " + customer);
        requireMembership(entity, user);
        Product granted = requireGrantable(entity, product);
        grantAccess(em.find(User.class, user.value()), entity, granted);
    }

    /** Grants access unless the user has it already; returns whether anything changed. */
    private boolean grantAccess(User user, Customer customer, Product product) {
        ProductAccess.Key key = new ProductAccess.Key(user.id().value(), customer.id().value(), product.id().value());
        if (em.find(ProductAccess.class, key) != null) {
            return false;
        }
        em.persist(new ProductAccess(key.userId(), key.customerId(), key.productId()));
        audit.record(AuditAction.PRODUCT_ACCESS_GRANTED, IdentityAdministrationService.label(user), null,
                product.name() + " @ " + customer.name());
        return true;
    }

    @Override
    public void revoke(CustomerId customer, UserId user, ProductId product) {
        Customer entity = requireAdministrable(customer, "revoking access at customer " + customer);
        requireMembership(entity, user);
        Product revoked = requireGrantable(entity, product);
        ProductAccess access = em.find(ProductAccess.class,
                new ProductAccess.Key(user.value(), customer.value(), product.value()));
        if (access != null) {
            em.remove(access);
            audit.record(AuditAction.PRODUCT_ACCESS_REVOKED,
                    IdentityAdministrationService.label(em.find(User.class, user.value())),
                    revoked.name() + " @ " + entity.name(), null);
            accessEnded.fire(new ProductAccessEnded(user, customer, product));
        }
    }

    @Override
    public int grantToAllMembers(CustomerId customer, ProductId product) {
        Customer entity = requireAdministrable(customer, "granting access at customer " + customer);
        Product granted = requireGrantable(entity, product);
        List<User> members = em.createQuery(
                        "SELECT u FROM User u, Membership m WHERE m.userId = u.id AND m.customerId = :customer",
                        User.class)
                .setParameter("customer", customer.value())
                .getResultList();
        int count = 0;
        for (User member : members) {
            if (grantAccess(member, entity, granted)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void setCustomerAdministrator(CustomerId customer, UserId user, boolean administrator) {
        Customer entity = requireAdministrable(customer, "customer administrators of customer " + customer);
        requireAdministrator("changing customer administrators of " + entity.name());
        Membership membership = requireMembership(entity, user);
        if (membership.isCustomerAdmin() != administrator) {
            membership.setCustomerAdmin(administrator);
            audit.record(administrator ? AuditAction.CUSTOMER_ADMIN_GRANTED : AuditAction.CUSTOMER_ADMIN_REVOKED,
                    IdentityAdministrationService.label(em.find(User.class, user.value())),
                    administrator ? null : entity.name(), administrator ? entity.name() : null);
        }
    }

    private Optional<User> actor() {
        return caller.actor().map(a -> em.find(User.class, a.id().value()));
    }

    private Customer requireAdministrable(CustomerId customer, String what) {
        if (!mayAdminister(customer)) {
            throw refused(what);
        }
        return em.find(Customer.class, customer.value());
    }

    private void requireAdministrator(String what) {
        if (actor().map(User::role).orElse(null) != Role.ADMIN) {
            throw refused(what);
        }
    }

    private Membership requireMembership(Customer customer, UserId user) {
        Membership membership = em.find(Membership.class, new Membership.Key(user.value(), customer.id().value()));
        if (membership == null) {
            throw refused("user " + user + " is not a member of " + customer.name());
        }
        return membership;
    }

    private Product requireGrantable(Customer customer, ProductId product) {
        Product entity = em.find(Product.class, product.value());
        if (entity == null || !entity.isActive() || !customer.hasLicensed(product.value())) {
            throw refused("product " + product + " is not licensed to " + customer.name());
        }
        return entity;
    }

    private AccessRefusedException refused(String what) {
        LOG.warning(() -> "Refused " + what + " for " + caller.actor().map(a -> a.email()).orElse("nobody"));
        audit.record(AuditAction.ACCESS_REFUSED, what, null, null);
        return new AccessRefusedException(what);
    }
}
