package dk.caseportal.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.FeedEntry;
import dk.caseportal.cases.api.FeedOrder;
import dk.caseportal.cases.api.FeedPage;
import dk.caseportal.cases.api.FeedQuery;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.cases.api.NewCase;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posts on a case's feed, and who reads which. */
class FeedServiceTest {

    private final FakeIdentity identity = new FakeIdentity();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private EntityManager em;
    private Transactions tx;
    private CaseService cases;
    private FeedService feed;
    private UserId patrick;
    private UserId mette;
    private UserId sofie;
    private UserId lars;
    private CaseNumber number;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        cases = new CaseService(em, identity, identity, identity, clock);
        feed = new FeedService(em, identity, identity, new CaseAccessPolicy(identity), clock);
        patrick = identity.user(101, "Patrick Stjerne", Role.CUSTOMER);
        mette = identity.user(102, "Mette Jensen", Role.CUSTOMER);
        sofie = identity.user(103, "Sofie Holm", Role.CUSTOMER);
        lars = identity.user(104, "Lars Nielsen", Role.AGENT);
        CustomerId bpo = identity.customer(201, "BPO Account");
        CustomerId nordic = identity.customer(202, "Nordic Retail A/S");
        ProductId lon = identity.product(301, "Løn ABC");
        identity.grant(patrick, bpo, lon);
        identity.grant(mette, bpo, lon);
        identity.grant(sofie, nordic, identity.product(302, "Finance 360"));
        identity.signIn(patrick);
        number = tx.inTransaction(() -> cases.create(new NewCase(bpo, lon, 1, 7, 11, 12, "Lønsedler", "", false)));
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private void share(UserId as, String html, boolean internal) {
        identity.signIn(as);
        clock.advance(Duration.ofMinutes(1));
        tx.run(() -> feed.share(number, html, internal));
    }

    private FeedPage feedOf(UserId as, FeedQuery query) {
        identity.signIn(as);
        return feed.feed(number, query).orElseThrow();
    }

    private static FeedQuery latest() {
        return new FeedQuery(FeedOrder.LATEST_POSTS, null, FeedQuery.PAGE);
    }

    @Test
    void aPostIsCleanedSharedWithColleaguesAndMakesTheCaseUpdated() {
        share(patrick, "<p>Se <a href=\"https://status.example.com\">status</a><script>alert(1)</script></p>", false);

        FeedEntry post = feedOf(mette, latest()).entries().get(0);
        assertThat(post.isPost()).isTrue();
        assertThat(post.actorName()).isEqualTo("Patrick Stjerne");
        assertThat(post.vendorSide()).isFalse();
        assertThat(post.html()).contains("https://status.example.com", "nofollow").doesNotContain("script");
        assertThat(post.at()).isEqualTo(Instant.parse("2026-11-27T10:01:00Z"));
        assertThat(cases.find(number).orElseThrow().updatedAt()).isEqualTo(Instant.parse("2026-11-27T10:01:00Z"));
        identity.signIn(sofie);
        assertThat(feed.feed(number, latest())).as("another customer's case").isEmpty();
        assertThatThrownBy(() -> tx.run(() -> feed.share(number, "<p>Hej</p>", false)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void internalNotesAreTheVendorsAloneAlsoInTheSearch() {
        share(patrick, "<p>Lønkørslen fejler</p>", false);
        share(lars, "<p>Kunden har glemt at opdatere satserne</p>", true);
        share(lars, "<p>Vi kigger på det</p>", false);

        assertThat(feedOf(patrick, latest()).entries()).filteredOn(FeedEntry::isPost).extracting(FeedEntry::html)
                .containsExactly("<p>Vi kigger på det</p>", "<p>Lønkørslen fejler</p>");
        assertThat(feedOf(patrick, new FeedQuery(FeedOrder.LATEST_POSTS, "satserne", 20)).entries()).isEmpty();
        assertThat(feedOf(lars, new FeedQuery(FeedOrder.LATEST_POSTS, "satserne", 20)).entries())
                .singleElement().satisfies(note -> {
                    assertThat(note.internal()).isTrue();
                    assertThat(note.vendorSide()).isTrue();
                });
        identity.signIn(patrick);
        assertThatThrownBy(() -> tx.run(() -> feed.share(number, "<p>intern?</p>", true)))
                .as("a customer's user cannot write internal notes").isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void emptyPostsAreRefused() {
        identity.signIn(patrick);
        assertThatThrownBy(() -> tx.run(() -> feed.share(number, "<p> </p><script>x</script>", false)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("post"));
    }

    @Test
    void theFeedPagesByTwentySearchesTextAndAuthorsAndCanStartWithTheOldest() {
        for (int i = 1; i <= 25; i++) {
            share(i % 5 == 0 ? lars : patrick, "<p>Indlæg nummer " + i + (i == 7 ? " om feriepenge" : "") + "</p>", false);
        }

        FeedPage first = feedOf(mette, latest());
        assertThat(first.entries()).hasSize(20);
        assertThat(first.more()).isTrue();
        assertThat(first.entries().get(0).html()).contains("nummer 25");
        FeedPage all = feedOf(mette, new FeedQuery(FeedOrder.LATEST_POSTS, null, 40));
        assertThat(all.entries()).as("25 posts and the two history entries of creation").hasSize(27);
        assertThat(all.more()).isFalse();
        assertThat(feedOf(mette, new FeedQuery(FeedOrder.OLDEST_FIRST, null, 20)).entries().get(0).history().kind())
                .isEqualTo("CREATED");
        assertThat(feedOf(mette, new FeedQuery(FeedOrder.LATEST_POSTS, "FERIEPENGE", 20)).entries())
                .extracting(FeedEntry::html).containsExactly("<p>Indlæg nummer 7 om feriepenge</p>");
        assertThat(feedOf(mette, new FeedQuery(FeedOrder.LATEST_POSTS, "lars", 20)).entries())
                .hasSize(5).allSatisfy(entry -> assertThat(entry.actorName()).isEqualTo("Lars Nielsen"));
        assertThat(feedOf(mette, new FeedQuery(FeedOrder.LATEST_POSTS, "100%", 20)).entries())
                .as("LIKE's own characters are taken literally").isEmpty();
    }
}
