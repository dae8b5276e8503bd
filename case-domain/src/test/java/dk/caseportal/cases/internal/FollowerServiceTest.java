package dk.caseportal.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.cases.api.CaseHistoryEntry;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CaseQuery;
import dk.caseportal.cases.api.CaseRow;
import dk.caseportal.cases.api.CaseView;
import dk.caseportal.cases.api.Follower;
import dk.caseportal.cases.api.NewCase;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductAccessEnded;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may follow a case, who may add and remove whom, and follows ending with access. */
class FollowerServiceTest {

    private final FakeIdentity identity = new FakeIdentity();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private EntityManager em;
    private Transactions tx;
    private CaseService cases;
    private FollowerService followers;
    private UserId patrick;
    private UserId mette;
    private UserId sofie;
    private UserId henrik;
    private UserId lars;
    private UserId sara;
    private CustomerId bpo;
    private ProductId lon;
    private ProductId hr;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        cases = new CaseService(em, identity, identity, identity, clock);
        followers = new FollowerService(em, identity, identity, identity, clock);
        patrick = identity.user(101, "Patrick Stjerne", Role.CUSTOMER);
        mette = identity.user(102, "Mette Jensen", Role.CUSTOMER);
        sofie = identity.user(103, "Sofie Holm", Role.CUSTOMER);
        henrik = identity.user(106, "Henrik Hansen", Role.CUSTOMER);
        lars = identity.user(104, "Lars Nielsen", Role.AGENT);
        sara = identity.user(105, "Sara Berg", Role.ADMIN);
        bpo = identity.customer(201, "BPO Account");
        CustomerId nordic = identity.customer(202, "Nordic Retail A/S");
        lon = identity.product(301, "Løn ABC");
        hr = identity.product(303, "HR Core");
        ProductId finance = identity.product(302, "Finance 360");
        identity.grant(patrick, bpo, lon);
        identity.grant(patrick, bpo, hr);
        identity.grant(mette, bpo, lon);
        identity.grant(henrik, bpo, hr);
        identity.grant(sofie, nordic, finance);
        identity.grant(sofie, nordic, lon);
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private CaseNumber create(ProductId product, boolean privateCase) {
        identity.signIn(patrick);
        return tx.inTransaction(() -> cases.create(new NewCase(bpo, product, 1, 7, 11, 12, "Lønsedler", "",
                privateCase)));
    }

    @Test
    void theCandidatesAreTheCustomersMembersWithTheProductAndAddingOneIsInTheHistory() {
        CaseNumber number = create(lon, false);
        identity.signIn(patrick);
        assertThat(followers.candidates(number)).extracting(UserSummary::name)
                .as("not Sofie (another customer), not Henrik (no Løn ABC), not the agents")
                .containsExactly("Mette Jensen");

        tx.run(() -> followers.add(number, mette));

        assertThat(followers.followers(number)).extracting(Follower::name, Follower::creator, Follower::removable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Patrick Stjerne", true, false),
                        org.assertj.core.groups.Tuple.tuple("Mette Jensen", false, true));
        assertThat(followers.candidates(number)).isEmpty();
        assertThat(History.of(em, identity, number)).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("FOLLOWER_ADDED");
            assertThat(entry.actorName()).isEqualTo("Patrick Stjerne");
            assertThat(entry.detail()).isEqualTo("Mette Jensen");
        });
        identity.signIn(mette);
        assertThat(cases.find(new CaseQuery(bpo, CaseView.FOLLOWING, null, 0, 50, null, true)))
                .extracting(CaseRow::number).containsExactly(number);
    }

    @Test
    void aTamperedRequestForSomeoneWithoutAccessIsRefused() {
        CaseNumber number = create(lon, false);
        identity.signIn(patrick);
        assertThatThrownBy(() -> tx.run(() -> followers.add(number, sofie)))
                .as("Nordic Retail").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> followers.add(number, henrik)))
                .as("BPO without Løn ABC").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> followers.add(number, lars)))
                .as("customers do not add agents").isInstanceOf(AccessRefusedException.class);
        assertThat(followers.followers(number)).extracting(Follower::name).containsExactly("Patrick Stjerne");
        assertThat(identity.recorded).hasSize(3);
    }

    @Test
    void agentsAddAgentsAndOnAPrivateCaseOnlyAgents() {
        CaseNumber open = create(lon, false);
        CaseNumber privateCase = create(lon, true);
        identity.signIn(lars);
        assertThat(followers.candidates(open)).extracting(UserSummary::name)
                .containsExactly("Lars Nielsen", "Mette Jensen", "Sara Berg");
        assertThat(followers.candidates(privateCase)).extracting(UserSummary::name)
                .containsExactly("Lars Nielsen", "Sara Berg");
        tx.run(() -> followers.add(privateCase, sara));
        assertThatThrownBy(() -> tx.run(() -> followers.add(privateCase, mette)))
                .isInstanceOf(AccessRefusedException.class);

        identity.signIn(patrick);
        assertThat(followers.candidates(privateCase)).as("only agents, and a customer adds no agent").isEmpty();
        assertThat(followers.followers(privateCase)).extracting(Follower::name, Follower::vendorSide,
                        Follower::removable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Patrick Stjerne", false, false),
                        org.assertj.core.groups.Tuple.tuple("Sara Berg", true, false));
    }

    @Test
    void anyoneWhoSeesTheCaseFollowsAndUnfollowsItButTheCreatorAlwaysFollows() {
        CaseNumber number = create(lon, false);
        identity.signIn(lars);
        tx.run(() -> followers.add(number, lars));
        identity.signIn(mette);
        tx.run(() -> followers.add(number, mette));
        assertThat(followers.followers(number)).extracting(Follower::name, Follower::removable)
                .as("Mette may take herself off, not the agent nor the creator")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Patrick Stjerne", false),
                        org.assertj.core.groups.Tuple.tuple("Lars Nielsen", false),
                        org.assertj.core.groups.Tuple.tuple("Mette Jensen", true));
        assertThatThrownBy(() -> tx.run(() -> followers.remove(number, lars))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tx.run(() -> followers.remove(number, patrick)))
                .isInstanceOf(AccessRefusedException.class);
        tx.run(() -> followers.remove(number, mette));

        identity.signIn(sofie);
        assertThatThrownBy(() -> tx.run(() -> followers.add(number, sofie)))
                .as("Sofie cannot see BPO's case").isInstanceOf(AccessRefusedException.class);
        assertThat(followers.followers(number)).isEmpty();
        identity.signIn(lars);
        assertThat(followers.followers(number)).extracting(Follower::name)
                .containsExactly("Patrick Stjerne", "Lars Nielsen");
        assertThat(History.of(em, identity, number)).extracting(CaseHistoryEntry::kind).containsExactly(
                "CREATED", "ASSIGNED_BY_RULE", "FOLLOWER_ADDED", "FOLLOWER_ADDED", "FOLLOWER_REMOVED");
    }

    @Test
    void losingAccessToTheProductEndsTheFollowsOnItsCases() {
        CaseNumber lonCase = create(lon, false);
        CaseNumber hrCase = create(hr, false);
        identity.signIn(patrick);
        tx.run(() -> followers.add(lonCase, mette));
        identity.grant(mette, bpo, hr);
        tx.run(() -> followers.add(hrCase, mette));

        identity.revoke(mette, bpo, lon);
        tx.run(() -> followers.on(new ProductAccessEnded(mette, bpo, lon)));

        identity.signIn(patrick);
        assertThat(followers.followers(lonCase)).extracting(Follower::name).containsExactly("Patrick Stjerne");
        assertThat(followers.followers(hrCase)).extracting(Follower::name)
                .containsExactly("Patrick Stjerne", "Mette Jensen");
        assertThat(History.of(em, identity, lonCase)).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("FOLLOWER_REMOVED");
            assertThat(entry.actorName()).as("the portal did it").isNull();
            assertThat(entry.detail()).isEqualTo("Mette Jensen");
        });

        tx.run(() -> followers.on(new ProductAccessEnded(mette, bpo, null)));
        assertThat(followers.followers(hrCase)).extracting(Follower::name).containsExactly("Patrick Stjerne");
    }
}
