package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.identity.api.CustomerAccess;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.EmailAlreadyInUseException;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.ProductSummary;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.TeamSummary;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The identity questions answered by the real schema on PostgreSQL. */
class IdentityDirectoryTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private EntityManager em;
    private Transactions tx;
    private IdentityAdministrationService admin;
    private JpaIdentityDirectory directory;

    private CustomerId bpo;
    private CustomerId nordic;
    private ProductId lon;
    private ProductId hr;
    private ProductId finance;
    private UserId patrick;
    private UserId mette;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        admin = new IdentityAdministrationService(em);
        directory = new JpaIdentityDirectory(em);

        tx.run(() -> {
            bpo = admin.createCustomer("BPO Account", "10001");
            nordic = admin.createCustomer("Nordic Retail A/S", "10002");
            lon = admin.createProduct("Løn ABC");
            hr = admin.createProduct("HR Core");
            finance = admin.createProduct("Finance 360");
            admin.licenseProduct(bpo, lon);
            admin.licenseProduct(bpo, hr);
            admin.licenseProduct(nordic, finance);
            patrick = admin.createUser(new NewUser("Patrick Stjerne", "patrick.stjerne@bpo.example",
                    Role.CUSTOMER, DANISH, null));
            mette = admin.createUser(new NewUser("Mette Jensen", "mette.jensen@bpo.example",
                    Role.CUSTOMER, DANISH, null));
            admin.addMembership(patrick, bpo);
            admin.addMembership(patrick, nordic);
            admin.addMembership(mette, bpo);
            admin.grantProductAccess(patrick, bpo, lon);
            admin.grantProductAccess(patrick, bpo, hr);
            admin.grantProductAccess(patrick, nordic, finance);
            admin.grantProductAccess(mette, bpo, lon);
        });
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    @Test
    void theChosenCustomerIsRememberedWhileTheUserIsAMember() {
        UserPreferencesService preferences = new UserPreferencesService(em);
        assertThat(preferences.selectedCustomer(patrick)).isEmpty();

        tx.run(() -> preferences.selectCustomer(patrick, nordic));
        assertThat(preferences.selectedCustomer(patrick)).contains(nordic);

        tx.run(() -> preferences.selectCustomer(mette, nordic));
        assertThat(preferences.selectedCustomer(mette)).as("not a member of it").isEmpty();
        tx.run(() -> em.find(Customer.class, nordic.value()).deactivate());
        assertThat(preferences.selectedCustomer(patrick)).as("a deactivated customer").isEmpty();
    }

    @Test
    void teamsAreFoundByIdAndByMember() {
        UserId lars = tx.inTransaction(() -> admin.createUser(new NewUser("Lars Nielsen",
                "lars.nielsen@vendor.example", Role.AGENT, DANISH, null)));
        TeamId team = tx.inTransaction(() -> admin.createTeam("BPO Team 1"));
        tx.run(() -> admin.addTeamMember(team, lars));

        assertThat(directory.teamsOf(lars)).containsExactly(new TeamSummary(team, "BPO Team 1"));
        assertThat(directory.findTeam(team)).map(TeamSummary::name).contains("BPO Team 1");
        assertThat(directory.findProduct(lon)).map(ProductSummary::name).contains("Løn ABC");
        assertThat(directory.findCustomer(bpo)).map(CustomerSummary::name).contains("BPO Account");
        tx.run(() -> em.find(Customer.class, nordic.value()).deactivate());
        assertThat(directory.activeCustomers()).extracting(CustomerSummary::name).containsExactly("BPO Account");
    }

    @Test
    void aUserSeesTheCustomersTheyBelongToByName() {
        assertThat(directory.customersOf(patrick)).extracting(CustomerSummary::name)
                .containsExactly("BPO Account", "Nordic Retail A/S");
        assertThat(directory.customersOf(mette)).extracting(CustomerSummary::name)
                .containsExactly("BPO Account");
    }

    @Test
    void productsAreThoseGrantedForThatCustomerOnly() {
        assertThat(directory.productsFor(patrick, bpo)).extracting(ProductSummary::name)
                .containsExactly("HR Core", "Løn ABC");
        assertThat(directory.productsFor(patrick, nordic)).extracting(ProductSummary::name)
                .containsExactly("Finance 360");
        assertThat(directory.productsFor(mette, nordic)).isEmpty();
    }

    @Test
    void theAccessOfAUserListsEachCustomerWithItsProductsAndTheAdministratorFlag() {
        tx.run(() -> em.find(Membership.class, new Membership.Key(patrick.value(), nordic.value()))
                .setCustomerAdmin(true));

        assertThat(directory.accessOf(patrick)).containsExactly(
                new CustomerAccess(new CustomerSummary(bpo, "BPO Account", "10001"), false,
                        directory.productsFor(patrick, bpo)),
                new CustomerAccess(new CustomerSummary(nordic, "Nordic Retail A/S", "10002"), true,
                        directory.productsFor(patrick, nordic)));
        assertThat(directory.accessOf(mette)).singleElement()
                .satisfies(access -> assertThat(access.products()).extracting(ProductSummary::name)
                        .containsExactly("Løn ABC"));

        tx.run(() -> em.find(Product.class, hr.value()).retire());
        tx.run(() -> em.find(Customer.class, nordic.value()).deactivate());
        assertThat(directory.accessOf(patrick)).singleElement()
                .satisfies(access -> assertThat(access.products()).extracting(ProductSummary::name)
                        .containsExactly("Løn ABC"));
    }

    @Test
    void withinOneRequestTheAccessIsReadOnceAndTheNextRequestSeesChanges() {
        Map<String, Object> thisRequest = new HashMap<>();
        directory.memo = new RequestMemo() {
            @Override
            public <T> Optional<T> get(String key, Class<T> type) {
                return Optional.ofNullable(thisRequest.get(key)).map(type::cast);
            }

            @Override
            public void put(String key, Object value) {
                thisRequest.put(key, value);
            }

            @Override
            public boolean inRequest() {
                return true;
            }
        };
        assertThat(directory.accessOf(patrick)).hasSize(2);
        tx.run(() -> em.find(Product.class, hr.value()).retire());

        assertThat(directory.productsFor(patrick, bpo)).as("the same request: answered from what it read")
                .extracting(ProductSummary::name).containsExactly("HR Core", "Løn ABC");
        assertThat(directory.productsFor(patrick, new CustomerId(999_999))).isEmpty();
        assertThat(directory.hasProductAccess(patrick, bpo, hr)).isTrue();
        assertThat(directory.hasProductAccess(patrick, nordic, lon)).isFalse();
        thisRequest.clear();
        assertThat(directory.productsFor(patrick, bpo)).as("the next request").extracting(ProductSummary::name)
                .containsExactly("Løn ABC");
        assertThat(directory.hasProductAccess(patrick, bpo, hr)).isFalse();
        assertThat(directory.hasProductAccess(patrick, bpo, lon)).isTrue();
    }

    @Test
    void productAccessIsPerCustomer() {
        assertThat(directory.hasProductAccess(patrick, bpo, lon)).isTrue();
        assertThat(directory.hasProductAccess(mette, bpo, hr)).isFalse();
        assertThat(directory.hasProductAccess(patrick, nordic, lon)).isFalse();
    }

    @Test
    void membersWithAccessToAProductAreListedByName() {
        assertThat(directory.membersWithAccess(bpo, lon)).extracting(UserSummary::name)
                .containsExactly("Mette Jensen", "Patrick Stjerne");
        assertThat(directory.membersWithAccess(bpo, hr)).extracting(UserSummary::name)
                .containsExactly("Patrick Stjerne");
    }

    @Test
    void accessEndsWhenTheUserTheCustomerOrTheProductIsNoLongerActive() {
        tx.run(() -> em.find(User.class, mette.value()).deactivate());
        assertThat(directory.hasProductAccess(mette, bpo, lon)).isFalse();
        assertThat(directory.membersWithAccess(bpo, lon)).extracting(UserSummary::name)
                .containsExactly("Patrick Stjerne");

        tx.run(() -> em.find(Product.class, hr.value()).retire());
        assertThat(directory.productsFor(patrick, bpo)).extracting(ProductSummary::name).containsExactly("Løn ABC");
        assertThat(directory.hasProductAccess(patrick, bpo, hr)).isFalse();

        tx.run(() -> em.find(Customer.class, nordic.value()).deactivate());
        assertThat(directory.customersOf(patrick)).extracting(CustomerSummary::name).containsExactly("BPO Account");
        assertThat(directory.hasProductAccess(patrick, nordic, finance)).isFalse();
    }

    @Test
    void emailsAreFoundAndKeptUniqueWhateverTheirCase() {
        assertThat(directory.findUserByEmail("  Patrick.Stjerne@BPO.example ")).map(UserSummary::id).contains(patrick);

        assertThatThrownBy(() -> tx.run(() -> admin.createUser(new NewUser("Another Patrick",
                "PATRICK.STJERNE@bpo.example", Role.CUSTOMER, DANISH, null))))
                .isInstanceOf(EmailAlreadyInUseException.class);
        // and the database holds the line too, should two requests race
        assertThatThrownBy(() -> tx.run(() -> em.createNativeQuery(
                        "INSERT INTO identity.app_user (id, name, email, role, created_at) VALUES "
                                + "(999999, 'Another Patrick', 'PATRICK.STJERNE@bpo.example', 'CUSTOMER', now())")
                .executeUpdate())).isInstanceOf(PersistenceException.class);
    }

    @Test
    void onlyLicensedProductsCanBeGrantedAndOnlyToMembers() {
        assertThatThrownBy(() -> tx.run(() -> admin.grantProductAccess(mette, bpo, finance)))
                .hasMessageContaining("not licensed");
        assertThatThrownBy(() -> tx.run(() -> admin.grantProductAccess(mette, nordic, finance)))
                .hasMessageContaining("not a member");
        assertThat(directory.hasProductAccess(mette, nordic, finance)).isFalse();
    }

    @Test
    void theLanguageChoiceIsRemembered() {
        UserPreferencesService preferences = new UserPreferencesService(em);
        tx.run(() -> preferences.changeLocale(mette, Locale.ENGLISH));

        assertThat(directory.findUser(mette)).map(UserSummary::locale).contains(Locale.ENGLISH);
        assertThatThrownBy(() -> tx.run(() -> preferences.changeLocale(mette, Locale.GERMAN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyInstallationIsRecognised() {
        assertThat(directory.isEmpty()).isFalse();
        TestDatabase.clear();
        assertThat(directory.isEmpty()).isTrue();
    }
}
