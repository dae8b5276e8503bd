package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.ProductAdministration;
import dk.caseportal.identity.api.ProductDetails;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.NameChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The vendor's products. Every change names the version the administrator saw, so two
 * administrators editing the same product never overwrite each other silently.
 */
@ApplicationScoped
@Transactional
public class ProductAdministrationService implements ProductAdministration {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NameChanged> renamed;

    protected ProductAdministrationService() {
        // for CDI
    }

    ProductAdministrationService(EntityManager em, AuditTrail audit, Event<NameChanged> renamed) {
        this.em = em;
        this.audit = audit;
        this.renamed = renamed;
    }

    @Override
    public ProductId create(String name) {
        requireFreeName(name, null);
        Product product = new Product(name);
        em.persist(product);
        em.flush();
        audit.record(AuditAction.PRODUCT_CREATED, product.name(), null, product.name());
        return product.id();
    }

    @Override
    public void rename(ProductId id, String newName, long expectedVersion) {
        Product product = current(id, expectedVersion);
        String before = product.name();
        requireFreeName(newName, id);
        product.rename(newName);
        flush(id);
        if (!before.equals(product.name())) {
            audit.record(AuditAction.PRODUCT_RENAMED, before, before, product.name());
            renamed.fire(new NameChanged(NameChanged.Kind.PRODUCT, id.value(), product.name()));
        }
    }

    @Override
    public void retire(ProductId id, long expectedVersion) {
        Product product = current(id, expectedVersion);
        if (product.isActive()) {
            product.retire();
            flush(id);
            audit.record(AuditAction.PRODUCT_RETIRED, product.name(), "active", "retired");
        }
    }

    @Override
    public void reinstate(ProductId id, long expectedVersion) {
        Product product = current(id, expectedVersion);
        if (!product.isActive()) {
            product.reinstate();
            flush(id);
            audit.record(AuditAction.PRODUCT_REINSTATED, product.name(), "retired", "active");
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductDetails> find(String text, int first, int pageSize, String sortField, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String order = "active".equals(sortField) ? "p.active" + direction + ", LOWER(p.name)"
                : "LOWER(p.name)" + direction;
        return filtered("SELECT p FROM Product p", " ORDER BY " + order + ", p.id", text, Product.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(Product::toDetails)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String text) {
        return filtered("SELECT COUNT(p) FROM Product p", "", text, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String orderBy, String text, Class<T> type) {
        String pattern = LikePattern.containing(text);
        TypedQuery<T> query = em.createQuery(select + (pattern == null ? "" : " WHERE LOWER(p.name) LIKE :text")
                + orderBy, type);
        return pattern == null ? query : query.setParameter("text", pattern);
    }

    /** The product as the administrator saw it, or a refusal if it changed since. */
    private Product current(ProductId id, long expectedVersion) {
        Product product = em.find(Product.class, id.value());
        if (product == null) {
            throw new IllegalArgumentException("No product with id " + id);
        }
        Versions.require(product.version(), expectedVersion, "Product " + id);
        return product;
    }

    private void flush(ProductId id) {
        Versions.write(em, em.find(Product.class, id.value()), "Product " + id);
    }

    private void requireFreeName(String name, ProductId except) {
        if (UniqueNames.taken(em, "Product", "name", name, except == null ? null : except.value())) {
            throw new NameAlreadyInUseException(name);
        }
    }
}
