package dk.caseportal.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.cases.api.CaseChangedException;
import dk.caseportal.cases.api.CaseDetails;
import dk.caseportal.cases.api.CaseEdit;
import dk.caseportal.cases.api.CaseField;
import dk.caseportal.cases.api.CaseHistoryEntry;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.cases.api.FieldChange;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.cases.api.NewCase;
import dk.caseportal.cases.api.Priority;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agents change status, team, owner and classification; customers mark solved and reopen. */
class CaseHandlingTest {

    // Seeded reference values (V1__cases.sql).
    private static final long ERROR = 1;
    private static final long QUESTION = 2;
    private static final long CRITICAL = 5;
    private static final long MINOR = 7;
    private static final long USERS_100_50 = 9;
    private static final long USERS_10_0 = 11;
    private static final long CONSULTANCY = 12;
    private static final long SETUP = 13;

    private final FakeIdentity identity = new FakeIdentity();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private EntityManager em;
    private Transactions tx;
    private CaseService cases;
    private CaseHandlingService handling;
    private UserId patrick;
    private UserId mette;
    private UserId sofie;
    private UserId lars;
    private UserId sara;
    private TeamId payroll;
    private CaseNumber number;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        cases = new CaseService(em, identity, identity, identity, clock);
        handling = new CaseHandlingService(em, identity, identity, identity, new CaseSettings(14), clock);
        patrick = identity.user(101, "Patrick Stjerne", Role.CUSTOMER);
        mette = identity.user(102, "Mette Jensen", Role.CUSTOMER);
        sofie = identity.user(103, "Sofie Holm", Role.CUSTOMER);
        lars = identity.user(104, "Lars Nielsen", Role.AGENT);
        sara = identity.user(105, "Sara Berg", Role.ADMIN);
        payroll = identity.team(401, "Payroll Team", lars);
        CustomerId bpo = identity.customer(201, "BPO Account");
        ProductId lon = identity.product(301, "Løn ABC");
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

    private CaseDetails read(UserId as) {
        identity.signIn(as);
        return cases.find(number).orElseThrow();
    }

    private void later() {
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void anAgentChangesStatusOwnerAndClassificationAndTheHistorySaysWhatChanged() {
        CaseDetails before = read(lars);
        assertThat(before.mayEdit()).isTrue();
        later();
        tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.WAITING_FOR_CUSTOMER, payroll, lars, QUESTION,
                CRITICAL, USERS_100_50, SETUP), before.version()));

        CaseDetails after = read(patrick);
        assertThat(after.status()).isEqualTo(CaseStatus.WAITING_FOR_CUSTOMER);
        assertThat(after.teamName()).isEqualTo("Payroll Team");
        assertThat(after.ownerName()).isEqualTo("Lars Nielsen");
        assertThat(after.type().id()).isEqualTo(QUESTION);
        assertThat(after.subject().id()).isEqualTo(SETUP);
        assertThat(after.priority()).as("critical error, 100-50% affected").isEqualTo(Priority.CRITICAL);
        assertThat(after.updatedAt()).isEqualTo(Instant.parse("2026-11-27T10:05:00Z"));
        assertThat(after.mayEdit()).as("a customer's user does not edit").isFalse();

        CaseHistoryEntry entry = History.of(em, identity, number).get(2);
        assertThat(entry.kind()).isEqualTo("UPDATED");
        assertThat(entry.actorName()).isEqualTo("Lars Nielsen");
        assertThat(entry.vendorSide()).isTrue();
        assertThat(entry.changes()).containsExactly(
                new FieldChange(CaseField.STATUS, "NEW", "WAITING_FOR_CUSTOMER"),
                new FieldChange(CaseField.TEAM, null, "Payroll Team"),
                new FieldChange(CaseField.OWNER, null, "Lars Nielsen"),
                new FieldChange(CaseField.TYPE, "1", "2"),
                new FieldChange(CaseField.URGENCY, "7", "5"),
                new FieldChange(CaseField.IMPACT, "11", "9"),
                new FieldChange(CaseField.SUBJECT, "12", "13"),
                new FieldChange(CaseField.PRIORITY, "LOW", "CRITICAL"));
    }

    @Test
    void postsAndFilesOnTheCaseMeanwhileDoNotMakeAnEditFail() {
        CaseDetails before = read(lars);
        later();
        FeedService feed = new FeedService(em, identity, identity, new CaseAccessPolicy(identity), clock);
        identity.signIn(patrick);
        tx.run(() -> feed.share(number, "<p>Det haster</p>", false));

        identity.signIn(lars);
        tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.IN_PROGRESS, null, lars, ERROR, MINOR,
                USERS_10_0, CONSULTANCY), before.version()));
        assertThat(read(patrick).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void savingWhatIsThereAlreadyChangesNothing() {
        CaseDetails before = read(lars);
        tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.NEW, null, null, ERROR, MINOR, USERS_10_0,
                CONSULTANCY), before.version()));

        assertThat(read(lars).version()).isEqualTo(before.version());
        assertThat(History.of(em, identity, number)).extracting(CaseHistoryEntry::kind)
                .containsExactly("CREATED", "ASSIGNED_BY_RULE");
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsRefusedAndNamesWhoChangedIt() {
        long seenByBoth = read(lars).version();
        tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.IN_PROGRESS, payroll, lars, ERROR, MINOR,
                USERS_10_0, CONSULTANCY), seenByBoth));

        identity.signIn(sara);
        assertThatThrownBy(() -> tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.WAITING_FOR_CUSTOMER,
                null, sara, ERROR, MINOR, USERS_10_0, CONSULTANCY), seenByBoth)))
                .isInstanceOfSatisfying(CaseChangedException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("Lars Nielsen"));
        assertThat(read(sara).status()).as("nothing of the second edit was saved").isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(read(sara).ownerName()).isEqualTo("Lars Nielsen");

        identity.signIn(patrick);
        assertThatThrownBy(() -> tx.run(() -> handling.markSolved(number, seenByBoth)))
                .isInstanceOf(CaseChangedException.class);
    }

    @Test
    void customersCannotEditAndNobodyUsesRetiredOrUnknownValues() {
        long version = read(patrick).version();
        assertThatThrownBy(() -> tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.CLOSED, null, null,
                ERROR, MINOR, USERS_10_0, CONSULTANCY), version))).isInstanceOf(AccessRefusedException.class);
        identity.signIn(sofie);
        assertThatThrownBy(() -> tx.run(() -> handling.markSolved(number, version)))
                .as("another customer's case").isInstanceOf(AccessRefusedException.class);

        identity.signIn(lars);
        assertThatThrownBy(() -> tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.NEW, null, mette,
                ERROR, MINOR, USERS_10_0, CONSULTANCY), version)))
                .as("a customer's user cannot own a case")
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("owner"));
        assertThatThrownBy(() -> tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.NEW, new TeamId(999),
                null, ERROR, MINOR, USERS_10_0, CONSULTANCY), version)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("team"));
        assertThatThrownBy(() -> tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.NEW, null, null,
                CRITICAL, MINOR, USERS_10_0, CONSULTANCY), version)))
                .as("an urgency is no type")
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("typeId"));
        assertThat(read(lars).version()).isEqualTo(version);
    }

    @Test
    void aCustomerMarksTheCaseSolvedAndReopensItWithinFourteenDays() {
        later();
        tx.run(() -> handling.markSolved(number, read(mette).version()));
        CaseDetails solved = read(patrick);
        assertThat(solved.status()).isEqualTo(CaseStatus.SOLVED);
        assertThat(solved.solvedAt()).isEqualTo(Instant.parse("2026-11-27T10:05:00Z"));
        assertThat(solved.mayMarkSolved()).isFalse();
        assertThat(solved.mayReopen()).isTrue();
        assertThat(History.of(em, identity, number)).last().satisfies(entry -> {
            assertThat(entry.actorName()).isEqualTo("Mette Jensen");
            assertThat(entry.vendorSide()).isFalse();
            assertThat(entry.changes()).containsExactly(new FieldChange(CaseField.STATUS, "NEW", "SOLVED"));
        });

        clock.advance(Duration.ofDays(14));
        tx.run(() -> handling.reopen(number, read(patrick).version()));
        CaseDetails reopened = read(patrick);
        assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(reopened.solvedAt()).isNull();
        assertThat(History.of(em, identity, number)).last().extracting(CaseHistoryEntry::changes)
                .isEqualTo(java.util.List.of(new FieldChange(CaseField.STATUS, "SOLVED", "IN_PROGRESS")));
    }

    @Test
    void aSolvedCaseIsNotReopenedAfterThePeriodAndAClosedCaseNeverIs() {
        tx.run(() -> handling.markSolved(number, read(patrick).version()));
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        assertThat(read(patrick).mayReopen()).isFalse();
        assertThatThrownBy(() -> tx.run(() -> handling.reopen(number, read(patrick).version())))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.field()).isEqualTo("status"));

        tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.CLOSED, null, null, ERROR, MINOR, USERS_10_0,
                CONSULTANCY), read(lars).version()));
        CaseDetails closed = read(lars);
        assertThat(closed.mayEdit()).isFalse();
        assertThatThrownBy(() -> tx.run(() -> handling.update(number, new CaseEdit(CaseStatus.IN_PROGRESS, null,
                null, ERROR, MINOR, USERS_10_0, CONSULTANCY), closed.version())))
                .isInstanceOf(InvalidCaseException.class);
        assertThat(read(patrick)).satisfies(c -> {
            assertThat(c.mayReopen()).isFalse();
            assertThat(c.mayMarkSolved()).isFalse();
        });
        assertThatThrownBy(() -> tx.run(() -> handling.reopen(number, closed.version())))
                .isInstanceOf(InvalidCaseException.class);
    }
}
