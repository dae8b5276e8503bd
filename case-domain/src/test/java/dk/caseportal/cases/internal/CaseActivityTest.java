package dk.caseportal.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.attachments.api.AttachmentId;
import dk.caseportal.attachments.api.FileAdded;
import dk.caseportal.attachments.api.FileRemoved;
import dk.caseportal.attachments.api.FileUser;
import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseEdit;
import dk.caseportal.cases.api.CaseField;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.cases.api.FieldChange;
import dk.caseportal.cases.api.NewCase;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the case module tells the rest of the portal about a case's activity (the followers' mails
 * are made from it), and whom it names as the case's audience.
 */
class CaseActivityTest {

    // Seeded reference values (V1__cases.sql).
    private static final long ERROR = 1;
    private static final long QUESTION = 2;
    private static final long MINOR = 7;
    private static final long USERS_10_0 = 11;
    private static final long CONSULTANCY = 12;

    private final FakeIdentity identity = new FakeIdentity();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final List<CaseActivity> told = new ArrayList<>();
    private EntityManager em;
    private Transactions tx;
    private CaseService cases;
    private CaseHandlingService handling;
    private FeedService feed;
    private CaseFiles files;
    private FollowerService followers;
    private CaseAudienceService audience;
    private UserId patrick;
    private UserId mette;
    private UserId sofie;
    private UserId lars;
    private TeamId payroll;
    private CustomerId bpo;
    private ProductId lon;
    private CaseNumber number;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        cases = new CaseService(em, identity, identity, identity, clock);
        handling = new CaseHandlingService(em, identity, identity, identity, new CaseSettings(14), clock);
        feed = new FeedService(em, identity, identity, new CaseAccessPolicy(identity), clock);
        files = new CaseFiles(em, identity, identity, new CaseAccessPolicy(identity));
        followers = new FollowerService(em, identity, identity, identity, clock);
        audience = new CaseAudienceService(em, identity);
        CaseActivities activities = new CaseActivities(told::add);
        handling.activities = activities;
        feed.activities = activities;
        files.activities = activities;
        patrick = identity.user(101, "Patrick Stjerne", Role.CUSTOMER);
        mette = identity.user(102, "Mette Jensen", Role.CUSTOMER);
        sofie = identity.user(103, "Sofie Holm", Role.CUSTOMER);
        lars = identity.user(104, "Lars Nielsen", Role.AGENT);
        payroll = identity.team(401, "Payroll Team", lars);
        bpo = identity.customer(201, "BPO Account");
        lon = identity.product(301, "Løn ABC");
        identity.grant(patrick, bpo, lon);
        identity.grant(mette, bpo, lon);
        identity.grant(sofie, identity.customer(202, "Nordic Retail A/S"), identity.product(302, "Finance 360"));
        identity.signIn(patrick);
        number = tx.inTransaction(() -> cases.create(new NewCase(bpo, lon, ERROR, MINOR, USERS_10_0, CONSULTANCY,
                "Lønsedler mangler", "", false)));
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private long version() {
        return cases.find(number).orElseThrow().version();
    }

    @Test
    void aPostIsToldCleanedWithItsTextAndWhetherItIsAnInternalNote() {
        tx.run(() -> feed.share(number, "<p>Hej <b>support</b><script>alert(1)</script></p>", false));
        identity.signIn(lars);
        tx.run(() -> feed.share(number, "<p>Kunden venter på os</p>", true));

        assertThat(told).hasSize(2);
        assertThat(told.get(0)).satisfies(post -> {
            assertThat(post.kind()).isEqualTo(CaseActivity.Kind.POST);
            assertThat(post.caseNumber()).isEqualTo(number);
            assertThat(post.caseTitle()).isEqualTo("Lønsedler mangler");
            assertThat(post.by()).isEqualTo(patrick);
            assertThat(post.byName()).isEqualTo("Patrick Stjerne");
            assertThat(post.byVendor()).isFalse();
            assertThat(post.internal()).isFalse();
            assertThat(post.postHtml()).contains("<b>support</b>").doesNotContain("script");
            assertThat(post.postText()).isEqualTo("Hej support");
        });
        assertThat(told.get(1)).satisfies(note -> {
            assertThat(note.byVendor()).isTrue();
            assertThat(note.internal()).isTrue();
        });
    }

    @Test
    void aChangeOfStatusTeamOrOwnerIsToldAndAChangeOfClassificationAloneIsNot() {
        identity.signIn(lars);
        tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.WAITING_FOR_CUSTOMER, payroll, lars, QUESTION,
                MINOR, USERS_10_0, CONSULTANCY), version()));
        assertThat(told).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(CaseActivity.Kind.CHANGE);
            assertThat(change.by()).isEqualTo(lars);
            assertThat(change.byVendor()).isTrue();
            assertThat(change.changes()).as("not the type").containsExactly(
                    new FieldChange(CaseField.STATUS, "NEW", "WAITING_FOR_CUSTOMER"),
                    new FieldChange(CaseField.TEAM, null, "Payroll Team"),
                    new FieldChange(CaseField.OWNER, null, "Lars Nielsen"));
        });

        told.clear();
        tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.WAITING_FOR_CUSTOMER, payroll, lars, ERROR,
                MINOR, USERS_10_0, CONSULTANCY), version()));
        assertThat(told).isEmpty();

        identity.signIn(patrick);
        tx.run(() -> handling.markSolved(number, version()));
        assertThat(told).singleElement().satisfies(change -> assertThat(change.changes())
                .containsExactly(new FieldChange(CaseField.STATUS, "WAITING_FOR_CUSTOMER", "SOLVED")));
    }

    @Test
    void aFileAddedIsToldAndARemovedOneIsNot() {
        AttachmentId id = AttachmentId.random();
        Instant at = Instant.parse("2026-11-27T11:00:00Z");
        tx.run(() -> files.added(new FileAdded(number.value(), id, "lønseddel.pdf", new FileUser(101, "Patrick Stjerne"),
                at)));
        tx.run(() -> files.removed(new FileRemoved(number.value(), id, "lønseddel.pdf", new FileUser(101,
                "Patrick Stjerne"), at.plusSeconds(60))));

        assertThat(told).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo(CaseActivity.Kind.FILE);
            assertThat(file.fileName()).isEqualTo("lønseddel.pdf");
            assertThat(file.by()).isEqualTo(patrick);
            assertThat(file.at()).isEqualTo(at);
        });
    }

    @Test
    void theAudienceIsTheFollowersAndTheOwnerAndMaySeeIsThePolicysAnswer() {
        assertThat(tx.inTransaction(() -> audience.audienceOf(number))).as("the creator follows")
                .containsExactly(patrick);
        tx.run(() -> followers.add(number, mette));
        identity.signIn(lars);
        tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.IN_PROGRESS, payroll, lars, ERROR, MINOR,
                USERS_10_0, CONSULTANCY), version()));

        assertThat(tx.inTransaction(() -> audience.audienceOf(number))).containsExactlyInAnyOrder(patrick, mette, lars);
        assertThat(tx.inTransaction(() -> audience.audienceOf(new CaseNumber(99_999_999)))).isEmpty();

        assertThat(audience.maySee(mette, number)).isTrue();
        assertThat(audience.maySee(lars, number)).isTrue();
        assertThat(audience.maySee(sofie, number)).as("another customer's user").isFalse();
        assertThat(audience.maySee(new UserId(999), number)).as("no such user").isFalse();
        identity.revoke(mette, bpo, lon);
        assertThat(audience.maySee(mette, number)).isFalse();
    }
}
