package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.ConcurrentChangeException;
import dk.caseportal.identity.api.CustomerDetails;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerNumberInUseException;
import dk.caseportal.identity.api.CustomerQuery;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.NameChanged;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.ProductAccessEnded;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators' changes to customers and their licensed products. */
class CustomerAdministrationTest {

    private EntityManager em;
    private Transactions tx;
    private CustomerAdministrationService customers;
    private IdentityAdministrationService admin;
    private JpaAuditTrail audit;
    private final RecordingEvent<NameChanged> renamed = new RecordingEvent<>();
    private final RecordingEvent<ProductAccessEnded> accessEnded = new RecordingEvent<>();

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        audit = new JpaAuditTrail(em, TestAuditContext.anonymous(), Clock.systemUTC());
        customers = new CustomerAdministrationService(em, audit, renamed, accessEnded);
        admin = new IdentityAdministrationService(em);
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private CustomerDetails details(CustomerId id) {
        return customers.find(id).orElseThrow();
    }

    @Test
    void aCustomerIsCreatedRenamedDeactivatedAndReactivated() {
        CustomerId nordic = tx.inTransaction(() -> customers.create(" Nordic Retail ", "10002"));
        tx.run(() -> customers.update(nordic, "Nordic Retail A/S", "10002-DK", details(nordic).version()));
        tx.run(() -> customers.deactivate(nordic, details(nordic).version()));
        assertThat(details(nordic).active()).isFalse();
        tx.run(() -> customers.reactivate(nordic, details(nordic).version()));

        assertThat(renamed.fired).as("the name shown beside cases follows")
                .containsExactly(new NameChanged(NameChanged.Kind.CUSTOMER, nordic.value(), "Nordic Retail A/S"));
        assertThat(details(nordic)).satisfies(c -> {
            assertThat(c.name()).isEqualTo("Nordic Retail A/S");
            assertThat(c.customerNumber()).isEqualTo("10002-DK");
            assertThat(c.active()).isTrue();
        });
        assertThat(audit.find(new AuditQuery(null, null, 0, 10))).extracting(AuditEntry::action).containsExactly(
                AuditAction.CUSTOMER_REACTIVATED, AuditAction.CUSTOMER_DEACTIVATED, AuditAction.CUSTOMER_CHANGED,
                AuditAction.CUSTOMER_CREATED);
        assertThat(audit.find(new AuditQuery(null, null, 0, 2, true))).as("oldest first")
                .extracting(AuditEntry::action).containsExactly(AuditAction.CUSTOMER_CREATED, AuditAction.CUSTOMER_CHANGED);
        assertThat(audit.find(new AuditQuery(null, AuditAction.CUSTOMER_CHANGED, 0, 1))).singleElement()
                .satisfies(e -> {
                    assertThat(e.before()).isEqualTo("Nordic Retail (10002)");
                    assertThat(e.after()).isEqualTo("Nordic Retail A/S (10002-DK)");
                });
    }

    @Test
    void namesAndNumbersAreUnique() {
        tx.inTransaction(() -> customers.create("BPO Account", "10001"));
        CustomerId nordic = tx.inTransaction(() -> customers.create("Nordic Retail A/S", "10002"));

        assertThatThrownBy(() -> tx.run(() -> customers.create("bpo account", "10003")))
                .isInstanceOf(NameAlreadyInUseException.class);
        assertThatThrownBy(() -> tx.run(() -> customers.update(nordic, "Nordic Retail A/S", "10001",
                details(nordic).version())))
                .isInstanceOf(CustomerNumberInUseException.class);
        assertThat(customers.count(new CustomerQuery(null, null, 0, 10, null, true))).isEqualTo(2);
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        CustomerId nordic = tx.inTransaction(() -> customers.create("Nordic Retail A/S", "10002"));
        long seen = details(nordic).version();
        tx.run(() -> customers.update(nordic, "Nordic Retail", "10002", seen));

        assertThatThrownBy(() -> tx.run(() -> customers.update(nordic, "Nordisk Detail", "10002", seen)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(() -> customers.changeLicensedProducts(nordic, Set.of(), seen)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(details(nordic).name()).isEqualTo("Nordic Retail");
    }

    @Test
    void droppingALicenceEndsTheMembersAccessToTheProduct() {
        ProductId finance = tx.inTransaction(() -> admin.createProduct("Finance 360"));
        ProductId hr = tx.inTransaction(() -> admin.createProduct("HR Core"));
        CustomerId nordic = tx.inTransaction(() -> customers.create("Nordic Retail A/S", "10002"));
        tx.run(() -> customers.changeLicensedProducts(nordic, Set.of(finance, hr), details(nordic).version()));
        UserId sofie = tx.inTransaction(() -> admin.createUser(new NewUser("Sofie Holm",
                "sofie.holm@nordicretail.example", Role.CUSTOMER, Locale.ENGLISH, null)));
        tx.run(() -> {
            admin.addMembership(sofie, nordic);
            admin.grantProductAccess(sofie, nordic, finance);
            admin.grantProductAccess(sofie, nordic, hr);
        });
        long before = details(nordic).version();

        tx.run(() -> customers.changeLicensedProducts(nordic, Set.of(hr), before));

        assertThat(details(nordic).licensedProducts()).extracting(ProductSummary::name).containsExactly("HR Core");
        assertThat(details(nordic).members()).isEqualTo(1);
        assertThat(details(nordic).version()).as("a licence change is a change of the customer").isGreaterThan(before);
        assertThat(new JpaIdentityDirectory(em).productsFor(sofie, nordic)).extracting(ProductSummary::name)
                .containsExactly("HR Core");
        assertThat(accessEnded.fired).as("Sofie stops following Finance 360's cases")
                .containsExactly(new ProductAccessEnded(sofie, nordic, finance));
        assertThat(audit.find(new AuditQuery(null, AuditAction.CUSTOMER_LICENCES_CHANGED, 0, 1))).first()
                .satisfies(e -> {
                    assertThat(e.before()).isEqualTo("Finance 360, HR Core");
                    assertThat(e.after()).isEqualTo("HR Core");
                });
    }

    @Test
    void theListIsFilteredByTextAndStatusAndSorted() {
        tx.inTransaction(() -> customers.create("BPO Account", "10001"));
        CustomerId nordic = tx.inTransaction(() -> customers.create("Nordic Retail A/S", "10002"));
        tx.inTransaction(() -> customers.create("Alfa Bank", "20001"));
        tx.run(() -> customers.deactivate(nordic, details(nordic).version()));

        assertThat(customers.find(new CustomerQuery(null, null, 0, 10, null, true)))
                .extracting(CustomerDetails::name).containsExactly("Alfa Bank", "BPO Account", "Nordic Retail A/S");
        assertThat(customers.find(new CustomerQuery("1000", true, 0, 10, "customerNumber", false)))
                .extracting(CustomerDetails::name).containsExactly("BPO Account");
        assertThat(customers.count(new CustomerQuery(null, false, 0, 10, null, true))).isEqualTo(1);
    }
}
