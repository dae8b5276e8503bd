package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.MemberDetails;
import dk.caseportal.identity.api.NewMember;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.ProductAccessEnded;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserInvited;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may manage a customer's users: administrators any customer, a customer administrator only
 * their own, and a tampered request changes nothing.
 */
class MemberAdministrationTest {

    private EntityManager em;
    private Transactions tx;
    private IdentityAdministrationService setup;
    private final RecordingEvent<UserInvited> invited = new RecordingEvent<>();
    private final RecordingEvent<ProductAccessEnded> accessEnded = new RecordingEvent<>();

    private ProductId lon;
    private ProductId hr;
    private ProductId finance;
    private CustomerId bpo;
    private CustomerId nordic;
    private UserId anne;
    private UserId patrick;
    private UserId mette;
    private UserId sofie;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        setup = new IdentityAdministrationService(em);
        tx.run(() -> {
            lon = setup.createProduct("Løn ABC");
            hr = setup.createProduct("HR Core");
            finance = setup.createProduct("Finance 360");
            bpo = setup.createCustomer("BPO Account", "10001");
            setup.licenseProduct(bpo, lon);
            setup.licenseProduct(bpo, hr);
            nordic = setup.createCustomer("Nordic Retail A/S", "10002");
            setup.licenseProduct(nordic, finance);
            anne = user("Anne Admin", "admin@vendor.example", Role.ADMIN);
            patrick = user("Patrick Stjerne", "patrick.stjerne@bpo.example", Role.CUSTOMER);
            mette = user("Mette Jensen", "mette.jensen@bpo.example", Role.CUSTOMER);
            sofie = user("Sofie Holm", "sofie.holm@nordicretail.example", Role.CUSTOMER);
            setup.addMembership(patrick, bpo);
            setup.addMembership(patrick, nordic);
            setup.addMembership(mette, bpo);
            setup.grantProductAccess(mette, bpo, lon);
            setup.addMembership(sofie, nordic);
            setup.grantProductAccess(sofie, nordic, finance);
        });
        tx.run(() -> as(anne).setCustomerAdministrator(bpo, patrick, true));
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private UserId user(String name, String email, Role role) {
        return setup.createUser(new NewUser(name, email, role, Locale.ENGLISH, null));
    }

    /** The service as the given user calls it. */
    private MemberAdministrationService as(UserId actor) {
        UserSummary summary = em.find(User.class, actor.value()).toSummary();
        TestAuditContext context = new TestAuditContext(summary, "203.0.113.9");
        JpaAuditTrail audit = new JpaAuditTrail(em, context, Clock.systemUTC());
        return new MemberAdministrationService(em, audit, context,
                new IdentityAdministrationService(em, invited, new RecordingEvent<>(), audit, Clock.systemUTC()),
                accessEnded);
    }

    private MemberDetails member(UserId actor, CustomerId customer, String text) {
        return as(actor).members(customer, text, 0, 10, null, true).stream().findFirst().orElseThrow();
    }

    private long rows(String table) {
        return (Long) em.createNativeQuery("SELECT COUNT(*) FROM identity." + table).getSingleResult();
    }

    @Test
    void aCustomerAdministratorManagesTheirOwnCustomer() {
        assertThat(as(patrick).administeredCustomers()).extracting(CustomerSummary::name)
                .containsExactly("BPO Account");
        assertThat(as(patrick).grantableProducts(bpo)).extracting(ProductSummary::name)
                .containsExactly("HR Core", "Løn ABC");
        assertThat(as(patrick).members(bpo, null, 0, 10, "email", false)).extracting(m -> m.user().name())
                .containsExactly("Patrick Stjerne", "Mette Jensen");
        assertThat(as(patrick).members(bpo, "JENSEN", 0, 10, "name", true)).extracting(m -> m.user().name())
                .containsExactly("Mette Jensen");

        tx.run(() -> as(patrick).grant(bpo, mette, hr));
        assertThat(member(patrick, bpo, "mette").products()).extracting(ProductSummary::name)
                .containsExactly("HR Core", "Løn ABC");
        tx.run(() -> as(patrick).revoke(bpo, mette, lon));
        assertThat(new JpaIdentityDirectory(em).productsFor(mette, bpo)).extracting(ProductSummary::name)
                .containsExactly("HR Core");
        assertThat(accessEnded.fired).containsExactly(new ProductAccessEnded(mette, bpo, lon));

        UserId nina = tx.inTransaction(() -> as(patrick).invite(bpo,
                new NewMember("Nina Ny", "nina.ny@bpo.example", Locale.ENGLISH, Set.of(lon))));
        assertThat(invited.fired).singleElement().satisfies(e -> assertThat(e.user()).isEqualTo(nina));
        assertThat(new JpaIdentityDirectory(em).findUser(nina)).map(UserSummary::role).contains(Role.CUSTOMER);
        assertThat(new JpaIdentityDirectory(em).productsFor(nina, bpo)).extracting(ProductSummary::name)
                .containsExactly("Løn ABC");

        tx.run(() -> as(patrick).removeMember(bpo, mette));
        assertThat(new JpaIdentityDirectory(em).customersOf(mette)).isEmpty();
        assertThat(accessEnded.fired).last().satisfies(ended -> {
            assertThat(ended).isEqualTo(new ProductAccessEnded(mette, bpo, null));
            assertThat(ended.covers(bpo, hr)).isTrue();
            assertThat(ended.covers(nordic, hr)).isFalse();
        });
        assertThat(as(patrick).countMembers(bpo, null)).isEqualTo(2);
    }

    @Test
    void aCustomerAdministratorCannotTouchAnotherCustomer() {
        long accessBefore = rows("product_access");
        long membersBefore = rows("membership");

        assertThat(as(patrick).mayAdminister(nordic)).isFalse();
        assertThatThrownBy(() -> as(patrick).members(nordic, null, 0, 10, null, true)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(patrick).revoke(nordic, sofie, finance)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(patrick).removeMember(nordic, sofie)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(patrick).grantToAllMembers(nordic, finance)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(patrick).invite(nordic,
                new NewMember("Nina Ny", "nina.ny@bpo.example", Locale.ENGLISH, Set.of()))))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(rows("product_access")).isEqualTo(accessBefore);
        assertThat(rows("membership")).isEqualTo(membersBefore);
        assertThat(invited.fired).isEmpty();
    }

    @Test
    void aTamperedRequestWithinTheOwnCustomerIsRefusedToo() {
        long accessBefore = rows("product_access");

        assertThatThrownBy(() -> tx.run(() -> as(patrick).grant(bpo, mette, finance)))
                .as("a product the customer has not licensed").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(patrick).grant(bpo, sofie, lon)))
                .as("a user who is not a member").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(patrick).invite(bpo,
                new NewMember("Nina Ny", "nina.ny@bpo.example", Locale.ENGLISH, Set.of(finance)))))
                .as("an invitation with an unlicensed product").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(patrick).setCustomerAdministrator(bpo, mette, true)))
                .as("only the vendor's administrators appoint customer administrators")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(patrick).addMember(bpo, sofie)))
                .as("only the vendor's administrators add existing users").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> as(mette).grant(bpo, mette, hr)))
                .as("an ordinary member").isInstanceOf(AccessRefusedException.class);

        assertThat(rows("product_access")).isEqualTo(accessBefore);
        assertThat(rows("app_user")).isEqualTo(4);
        assertThat(member(anne, bpo, "mette").customerAdministrator()).isFalse();
    }

    @Test
    void aRefusalIsInTheAuditTrail() {
        // The container commits a refusal (dontRollbackOn); here the transaction commits around it.
        tx.run(() -> assertThatThrownBy(() -> as(patrick).removeMember(nordic, sofie))
                .isInstanceOf(AccessRefusedException.class));

        JpaAuditTrail audit = new JpaAuditTrail(em, TestAuditContext.anonymous(), Clock.systemUTC());
        assertThat(audit.find(new AuditQuery(null, AuditAction.ACCESS_REFUSED, 0, 10))).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("Patrick Stjerne <patrick.stjerne@bpo.example>");
                    assertThat(e.address()).isEqualTo("203.0.113.9");
                    assertThat(e.target()).contains("customer " + nordic);
                });
    }

    @Test
    void aCustomerAdministratorOfADeactivatedCustomerCanNoLongerManageIt() {
        tx.run(() -> em.find(Customer.class, bpo.value()).deactivate());

        assertThat(as(patrick).mayAdminister(bpo)).isFalse();
        assertThat(as(patrick).administeredCustomers()).isEmpty();
        assertThat(as(anne).mayAdminister(bpo)).isTrue();
    }

    @Test
    void anAdministratorGrantsAProductToAllMembersAndAppointsCustomerAdministrators() {
        int granted = tx.inTransaction(() -> as(anne).grantToAllMembers(bpo, hr));
        assertThat(granted).isEqualTo(2);
        assertThat(tx.inTransaction(() -> as(anne).grantToAllMembers(bpo, hr))).as("already granted").isZero();
        assertThat(as(anne).members(bpo, null, 0, 10, "email", false)).allSatisfy(m ->
                assertThat(m.hasAccessTo(hr)).isTrue());

        tx.run(() -> as(anne).addMember(nordic, mette));
        tx.run(() -> as(anne).setCustomerAdministrator(nordic, mette, true));
        assertThat(as(mette).administeredCustomers()).extracting(CustomerSummary::name)
                .containsExactly("Nordic Retail A/S");

        JpaAuditTrail audit = new JpaAuditTrail(em, TestAuditContext.anonymous(), Clock.systemUTC());
        assertThat(audit.find(new AuditQuery("mette", null, 0, 10))).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CUSTOMER_ADMIN_GRANTED, AuditAction.MEMBER_ADDED,
                        AuditAction.PRODUCT_ACCESS_GRANTED);
    }
}
