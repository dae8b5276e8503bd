package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.ProductDetails;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators' changes to products, including two administrators editing at once. */
class ProductAdministrationTest {

    private EntityManager em;
    private Transactions tx;
    private ProductAdministrationService products;
    private JpaAuditTrail audit;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        audit = new JpaAuditTrail(em, TestAuditContext.anonymous(), Clock.systemUTC());
        products = new ProductAdministrationService(em, audit, new RecordingEvent<>());
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private ProductDetails details(ProductId id) {
        return products.find(null, 0, 100, null, true).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void productsAreCreatedRenamedRetiredAndReinstated() {
        ProductId lon = tx.inTransaction(() -> products.create("Løn ABC"));
        tx.run(() -> products.rename(lon, "Løn ABC 2", details(lon).version()));
        tx.run(() -> products.retire(lon, details(lon).version()));
        assertThat(details(lon).active()).isFalse();
        tx.run(() -> products.reinstate(lon, details(lon).version()));

        assertThat(details(lon).name()).isEqualTo("Løn ABC 2");
        assertThat(details(lon).active()).isTrue();
        assertThat(audit.find(new AuditQuery(null, null, 0, 10))).extracting(AuditEntry::action).containsExactly(
                AuditAction.PRODUCT_REINSTATED, AuditAction.PRODUCT_RETIRED, AuditAction.PRODUCT_RENAMED,
                AuditAction.PRODUCT_CREATED);
        assertThat(audit.find(new AuditQuery(null, AuditAction.PRODUCT_RENAMED, 0, 10))).singleElement()
                .satisfies(e -> {
                    assertThat(e.before()).isEqualTo("Løn ABC");
                    assertThat(e.after()).isEqualTo("Løn ABC 2");
                });
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        ProductId hr = tx.inTransaction(() -> products.create("HR Core"));
        long seenByBoth = details(hr).version();
        tx.run(() -> products.rename(hr, "HR Core Plus", seenByBoth));

        assertThatThrownBy(() -> tx.run(() -> products.rename(hr, "HR Basis", seenByBoth)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(() -> products.retire(hr, seenByBoth)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(details(hr).name()).isEqualTo("HR Core Plus");
        assertThat(details(hr).active()).isTrue();
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        ProductId finance = tx.inTransaction(() -> products.create("Finance 360"));
        ProductId hr = tx.inTransaction(() -> products.create("HR Core"));

        assertThatThrownBy(() -> tx.run(() -> products.create("finance 360"))).isInstanceOf(NameAlreadyInUseException.class);
        assertThatThrownBy(() -> tx.run(() -> products.rename(hr, "FINANCE 360", details(hr).version())))
                .isInstanceOf(NameAlreadyInUseException.class);
        tx.run(() -> products.rename(finance, "Finance 360", details(finance).version()));
        assertThat(products.count("fin")).isEqualTo(1);
        assertThat(products.find(null, 0, 10, null, true)).extracting(ProductDetails::name).containsExactly("Finance 360", "HR Core");
        assertThat(products.find(null, 0, 10, "name", false)).extracting(ProductDetails::name)
                .containsExactly("HR Core", "Finance 360");
    }
}
