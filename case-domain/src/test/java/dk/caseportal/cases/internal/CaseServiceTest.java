package dk.caseportal.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.cases.api.CaseDetails;
import dk.caseportal.cases.api.CaseHistoryEntry;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CasePage;
import dk.caseportal.cases.api.CaseQuery;
import dk.caseportal.cases.api.CaseRow;
import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.cases.api.CaseView;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.cases.api.NewCase;
import dk.caseportal.cases.api.Priority;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.NameChanged;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening cases, routing them, and who finds which case. */
class CaseServiceTest {

    // Seeded reference values (V1__cases.sql).
    private static final long ERROR = 1;
    private static final long QUESTION = 2;
    private static final long CRITICAL = 5;
    private static final long MINOR = 7;
    private static final long USERS_10_0 = 11;
    private static final long USERS_100_50 = 9;
    private static final long CONSULTANCY = 12;

    private final FakeIdentity identity = new FakeIdentity();
    private EntityManager em;
    private Transactions tx;
    private CaseService cases;

    private UserId patrick;
    private UserId mette;
    private UserId sofie;
    private UserId lars;
    private CustomerId bpo;
    private CustomerId nordic;
    private ProductId lon;
    private ProductId finance;
    private TeamId bpoTeam;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        cases = new CaseService(em, identity, identity, identity,
                Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
        patrick = identity.user(101, "Patrick Stjerne", Role.CUSTOMER);
        mette = identity.user(102, "Mette Jensen", Role.CUSTOMER);
        sofie = identity.user(103, "Sofie Holm", Role.CUSTOMER);
        lars = identity.user(104, "Lars Nielsen", Role.AGENT);
        bpo = identity.customer(201, "BPO Account");
        nordic = identity.customer(202, "Nordic Retail A/S");
        lon = identity.product(301, "Løn ABC");
        finance = identity.product(302, "Finance 360");
        bpoTeam = identity.team(401, "BPO Team 1", lars);
        identity.grant(patrick, bpo, lon);
        identity.grant(patrick, nordic, finance);
        identity.grant(mette, bpo, lon);
        identity.grant(sofie, nordic, finance);
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private CaseNumber create(UserId as, CustomerId customer, ProductId product, String title, boolean privateCase) {
        identity.signIn(as);
        return tx.inTransaction(() -> cases.create(new NewCase(customer, product, ERROR, MINOR, USERS_10_0,
                CONSULTANCY, title, "Når jeg opretter en ny medarbejder,\nfår jeg en systemfejl.", privateCase)));
    }

    private CaseQuery query(CustomerId customer, CaseView view, String text) {
        return new CaseQuery(customer, view, text, 0, 50, null, true);
    }

    @Test
    void aCaseGetsAnEightDigitNumberAPriorityFromTheMatrixAndTheFallbackRule() {
        CaseNumber number = create(patrick, bpo, lon, "Fejl ved oprettelse i løn", false);

        assertThat(number.toString()).hasSize(8).startsWith("0000");
        CaseDetails details = cases.find(number).orElseThrow();
        assertThat(details.title()).isEqualTo("Fejl ved oprettelse i løn");
        assertThat(details.customerName()).isEqualTo("BPO Account");
        assertThat(details.productName()).isEqualTo("Løn ABC");
        assertThat(details.status()).isEqualTo(CaseStatus.NEW);
        assertThat(details.priority()).as("minor error, 10-0% affected").isEqualTo(Priority.LOW);
        assertThat(details.contactName()).isEqualTo("Patrick Stjerne");
        assertThat(details.type().label(java.util.Locale.forLanguageTag("da"))).isEqualTo("Fejl");
        assertThat(History.of(em, identity, number)).extracting(CaseHistoryEntry::kind).containsExactly("CREATED", "ASSIGNED_BY_RULE");
        assertThat(details.teamName()).as("the fallback rule has no team yet").isNull();
        assertThat(cases.find(query(bpo, CaseView.FOLLOWING, null))).extracting(CaseRow::number)
                .as("the creator follows the case").containsExactly(number);
    }

    @Test
    void theFirstMatchingRuleRoutesTheCaseToItsTeamAndOwner() {
        tx.run(() -> {
            em.persist(new AssignmentRule(20, null, lon.value(), null, null, null, bpoTeam.value(), null));
            em.persist(new AssignmentRule(10, bpo.value(), lon.value(), ERROR, null, null, bpoTeam.value(),
                    lars.value()));
        });
        identity.signIn(patrick);
        CaseNumber critical = tx.inTransaction(() -> cases.create(new NewCase(bpo, lon, QUESTION, CRITICAL,
                USERS_100_50, CONSULTANCY, "Lønkørsel står stille", "", false)));
        CaseNumber error = create(patrick, bpo, lon, "Fejl ved oprettelse", false);

        assertThat(cases.find(critical).orElseThrow()).satisfies(c -> {
            assertThat(c.priority()).isEqualTo(Priority.CRITICAL);
            assertThat(c.teamName()).isEqualTo("BPO Team 1");
            assertThat(c.ownerName()).as("the first rule needs type Fejl").isNull();
        });
        assertThat(History.of(em, identity, error)).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("ASSIGNED_BY_RULE");
            assertThat(entry.ownerName()).isEqualTo("Lars Nielsen");
            assertThat(entry.teamName()).isEqualTo("BPO Team 1");
        });
        identity.signIn(lars);
        assertThat(cases.find(query(null, CaseView.ASSIGNED_TO_ME, null))).extracting(CaseRow::number)
                .containsExactly(error);
        assertThat(cases.count(query(null, CaseView.MY_TEAMS, null))).isEqualTo(2);
    }

    @Test
    void invalidInputCreatesNothing() {
        identity.signIn(patrick);
        assertThatThrownBy(() -> tx.run(() -> cases.create(new NewCase(bpo, lon, ERROR, MINOR, USERS_10_0,
                CONSULTANCY, "   ", "", false))))
                .isInstanceOf(InvalidCaseException.class).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> tx.run(() -> cases.create(new NewCase(bpo, lon, ERROR, MINOR, USERS_10_0,
                CONSULTANCY, "x".repeat(256), "", false))))
                .isInstanceOf(InvalidCaseException.class).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> tx.run(() -> cases.create(new NewCase(bpo, lon, MINOR, MINOR, USERS_10_0,
                CONSULTANCY, "Forkert type", "", false))))
                .as("an urgency where the type belongs").isInstanceOf(InvalidCaseException.class)
                .extracting("field").isEqualTo("typeId");
        assertThatThrownBy(() -> tx.run(() -> cases.create(new NewCase(bpo, lon, ERROR, MINOR, USERS_10_0,
                CONSULTANCY, "Lang", "x".repeat(32_001), false))))
                .isInstanceOf(InvalidCaseException.class).extracting("field").isEqualTo("description");

        assertThat(cases.count(query(bpo, CaseView.ALL, null))).isZero();
    }

    @Test
    void aTamperedCustomerOrProductCreatesNothingAndIsRecorded() {
        identity.signIn(mette);
        assertThatThrownBy(() -> tx.run(() -> cases.create(new NewCase(nordic, finance, ERROR, MINOR, USERS_10_0,
                CONSULTANCY, "Ikke min kunde", "", false)))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> cases.create(new NewCase(bpo, finance, ERROR, MINOR, USERS_10_0,
                CONSULTANCY, "Ikke mit produkt", "", false)))).isInstanceOf(AccessRefusedException.class);

        assertThat(identity.recorded).containsExactly(AuditAction.ACCESS_REFUSED, AuditAction.ACCESS_REFUSED);
        identity.signIn(lars);
        assertThat(cases.count(query(null, CaseView.ALL, null))).isZero();
    }

    @Test
    void colleaguesSeeNonPrivateCasesOtherCustomersSeeNothingAndAgentsSeeAll() {
        CaseNumber open = create(patrick, bpo, lon, "Fejl i lønkørsel", false);
        CaseNumber secret = create(patrick, bpo, lon, "Fortrolig lønsag", true);

        identity.signIn(mette);
        assertThat(cases.find(open)).isPresent();
        assertThat(cases.find(secret)).as("someone else's private case").isEmpty();
        assertThat(cases.find(query(bpo, CaseView.ALL, null))).extracting(CaseRow::number).containsExactly(open);

        identity.signIn(sofie);
        assertThat(cases.find(open)).isEmpty();
        assertThat(cases.find(query(bpo, CaseView.ALL, null))).as("not a member of BPO Account").isEmpty();
        assertThat(cases.find(query(nordic, CaseView.ALL, null))).isEmpty();

        identity.signIn(patrick);
        assertThat(cases.find(secret)).as("the creator's own private case").isPresent();
        assertThat(cases.find(query(nordic, CaseView.ALL, null))).as("another customer of Patrick's").isEmpty();

        identity.signIn(lars);
        assertThat(cases.find(secret)).isPresent();
        assertThat(cases.count(query(null, CaseView.ALL, null))).isEqualTo(2);

        identity.revoke(mette, bpo, lon);
        identity.signIn(mette);
        assertThat(cases.find(open)).as("access ends with the product").isEmpty();
    }

    @Test
    void theListIsSearchedByTitleOrNumberSortedAndRenamesShowInIt() {
        CaseNumber first = create(patrick, bpo, lon, "Fejl i lønkørsel", false);
        identity.signIn(patrick);
        CaseNumber critical = tx.inTransaction(() -> cases.create(new NewCase(bpo, lon, ERROR, CRITICAL,
                USERS_100_50, CONSULTANCY, "Alt står stille", "", false)));

        assertThat(cases.find(query(bpo, CaseView.ALL, "LØNKØRSEL"))).extracting(CaseRow::number).containsExactly(first);
        assertThat(cases.find(query(bpo, CaseView.ALL, first.toString()))).extracting(CaseRow::number)
                .containsExactly(first);
        assertThat(cases.find(query(bpo, CaseView.ALL, "100%"))).as("wildcards are text").isEmpty();
        assertThat(cases.find(new CaseQuery(bpo, CaseView.ALL, null, 0, 10, "priority", true)))
                .extracting(CaseRow::priority).containsExactly(Priority.CRITICAL, Priority.LOW);
        assertThat(cases.find(new CaseQuery(bpo, CaseView.OPEN, null, 0, 10, "number", false)))
                .extracting(CaseRow::number).containsExactly(critical, first);

        CasePage second = cases.page(new CaseQuery(bpo, CaseView.ALL, null, 1, 1, "number", true));
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(critical);
            assertThat(row.title()).isEqualTo("Alt står stille");
            assertThat(row.status()).isEqualTo(CaseStatus.NEW);
            assertThat(row.customerName()).isEqualTo("BPO Account");
            assertThat(row.privateCase()).isFalse();
            assertThat(row.updatedAt()).isNotNull();
        });
        assertThat(cases.page(new CaseQuery(bpo, CaseView.ALL, null, 25, 25, null, true)))
                .as("past the last page").isEqualTo(new CasePage(List.of(), 2));

        tx.run(() -> new CaseNames(em).on(new NameChanged(NameChanged.Kind.PRODUCT, lon.value(), "Løn ABC Cloud")));
        em.clear();
        assertThat(cases.find(query(bpo, CaseView.ALL, null))).extracting(CaseRow::productName)
                .containsOnly("Løn ABC Cloud");
    }
}
