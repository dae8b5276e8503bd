package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.CustomerAdministration;
import dk.caseportal.identity.api.CustomerDetails;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerNumberInUseException;
import dk.caseportal.identity.api.CustomerQuery;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.ProductAccessEnded;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.NameChanged;
import dk.caseportal.identity.api.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Customers and their licensed products, for the administrators' customer list. */
@ApplicationScoped
@Transactional
public class CustomerAdministrationService implements CustomerAdministration {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NameChanged> renamed;

    @Inject
    Event<ProductAccessEnded> accessEnded;

    protected CustomerAdministrationService() {
        // for CDI
    }

    CustomerAdministrationService(EntityManager em, AuditTrail audit, Event<NameChanged> renamed,
                                  Event<ProductAccessEnded> accessEnded) {
        this.em = em;
        this.audit = audit;
        this.renamed = renamed;
        this.accessEnded = accessEnded;
    }

    @Override
    public CustomerId create(String name, String customerNumber) {
        requireFree(name, customerNumber, null);
        Customer customer = new Customer(name, customerNumber);
        em.persist(customer);
        em.flush();
        audit.record(AuditAction.CUSTOMER_CREATED, customer.name(), null,
                customer.name() + " (" + customer.customerNumber() + ")");
        return customer.id();
    }

    @Override
    public void update(CustomerId id, String name, String customerNumber, long expectedVersion) {
        Customer customer = current(id, expectedVersion);
        String before = customer.name() + " (" + customer.customerNumber() + ")";
        requireFree(name, customerNumber, id.value());
        customer.rename(name, customerNumber);
        String after = customer.name() + " (" + customer.customerNumber() + ")";
        if (!before.equals(after)) {
            Versions.write(em, customer, "Customer " + id);
            audit.record(AuditAction.CUSTOMER_CHANGED, customer.name(), before, after);
            renamed.fire(new NameChanged(NameChanged.Kind.CUSTOMER, id.value(), customer.name()));
        }
    }

    @Override
    public void deactivate(CustomerId id, long expectedVersion) {
        Customer customer = current(id, expectedVersion);
        if (customer.isActive()) {
            customer.deactivate();
            Versions.write(em, customer, "Customer " + id);
            audit.record(AuditAction.CUSTOMER_DEACTIVATED, customer.name(), "active", "deactivated");
        }
    }

    @Override
    public void reactivate(CustomerId id, long expectedVersion) {
        Customer customer = current(id, expectedVersion);
        if (!customer.isActive()) {
            customer.reactivate();
            Versions.write(em, customer, "Customer " + id);
            audit.record(AuditAction.CUSTOMER_REACTIVATED, customer.name(), "deactivated", "active");
        }
    }

    @Override
    public void changeLicensedProducts(CustomerId id, Set<ProductId> products, long expectedVersion) {
        Customer customer = current(id, expectedVersion);
        Set<Long> wanted = products.stream().map(ProductId::value).collect(Collectors.toSet());
        for (Long product : wanted) {
            if (em.find(Product.class, product) == null) {
                throw new IllegalArgumentException("No product with id " + product);
            }
        }
        Set<Long> before = customer.licensedProductIds();
        if (before.equals(wanted)) {
            return;
        }
        Set<Long> dropped = before.stream().filter(p -> !wanted.contains(p)).collect(Collectors.toSet());
        if (!dropped.isEmpty()) {
            // Access to a product the customer no longer has ends with the licence.
            List<Object[]> ending = em.createQuery("SELECT a.userId, a.productId FROM ProductAccess a"
                            + " WHERE a.customerId = :customer AND a.productId IN :products", Object[].class)
                    .setParameter("customer", id.value())
                    .setParameter("products", dropped)
                    .getResultList();
            em.createQuery("DELETE FROM ProductAccess a WHERE a.customerId = :customer AND a.productId IN :products")
                    .setParameter("customer", id.value())
                    .setParameter("products", dropped)
                    .executeUpdate();
            ending.forEach(row -> accessEnded.fire(new ProductAccessEnded(new UserId((Long) row[0]), id,
                    new ProductId((Long) row[1]))));
        }
        customer.licenseOnly(wanted);
        Versions.write(em, customer, "Customer " + id);
        audit.record(AuditAction.CUSTOMER_LICENCES_CHANGED, customer.name(), productNames(before),
                productNames(wanted));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CustomerDetails> find(CustomerId id) {
        return Optional.ofNullable(em.find(Customer.class, id.value())).map(c -> details(List.of(c)).get(0));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CustomerDetails> find(CustomerQuery query) {
        String order = switch (query.sortField() == null ? "" : query.sortField()) {
            case "customerNumber" -> "c.customerNumber";
            case "active" -> "c.active";
            default -> "LOWER(c.name)";
        };
        CustomerFilter filter = new CustomerFilter(query);
        List<Customer> page = filter.bind(em.createQuery("SELECT c FROM Customer c" + filter.where()
                        + " ORDER BY " + order + (query.ascending() ? " ASC" : " DESC") + ", c.id", Customer.class))
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultList();
        return details(page);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CustomerQuery query) {
        CustomerFilter filter = new CustomerFilter(query);
        return filter.bind(em.createQuery("SELECT COUNT(c) FROM Customer c" + filter.where(), Long.class))
                .getSingleResult();
    }

    /** A page of customers with their products and member counts, in two queries for the whole page. */
    private List<CustomerDetails> details(List<Customer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = customers.stream().map(c -> c.id().value()).toList();
        Map<Long, Long> members = new HashMap<>();
        em.createQuery("SELECT m.customerId, COUNT(m) FROM Membership m WHERE m.customerId IN :ids"
                        + " GROUP BY m.customerId", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> members.put((Long) row[0], (Long) row[1]));
        Set<Long> productIds = customers.stream().flatMap(c -> c.licensedProductIds().stream())
                .collect(Collectors.toSet());
        Map<Long, ProductSummary> products = products(productIds);
        return customers.stream()
                .map(c -> new CustomerDetails(c.id(), c.name(), c.customerNumber(), c.isActive(),
                        c.licensedProductIds().stream().map(products::get)
                                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList(),
                        members.getOrDefault(c.id().value(), 0L), c.version()))
                .toList();
    }

    private Map<Long, ProductSummary> products(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(p -> p.id().value(), Product::toSummary));
    }

    private String productNames(Set<Long> ids) {
        return products(ids).values().stream().map(ProductSummary::name).sorted().collect(Collectors.joining(", "));
    }

    private Customer current(CustomerId id, long expectedVersion) {
        Customer customer = em.find(Customer.class, id.value());
        if (customer == null) {
            throw new IllegalArgumentException("No customer with id " + id);
        }
        Versions.require(customer.version(), expectedVersion, "Customer " + id);
        return customer;
    }

    private void requireFree(String name, String customerNumber, Long except) {
        if (UniqueNames.taken(em, "Customer", "name", name, except)) {
            throw new NameAlreadyInUseException(name);
        }
        if (UniqueNames.taken(em, "Customer", "customerNumber", customerNumber, except)) {
            throw new CustomerNumberInUseException(customerNumber);
        }
    }
}
