package dk.caseportal.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.attachments.api.AttachmentId;
import dk.caseportal.attachments.api.FileAdded;
import dk.caseportal.attachments.api.FileRemoved;
import dk.caseportal.attachments.api.FileUser;
import dk.caseportal.cases.api.CaseHistoryEntry;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.NewCase;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A case's files are exactly as visible as the case, and what happens to them is its history. */
class CaseFilesTest {

    private final FakeIdentity identity = new FakeIdentity();
    private EntityManager em;
    private Transactions tx;
    private CaseService cases;
    private CaseFiles files;

    private UserId patrick;
    private UserId mette;
    private UserId sofie;
    private UserId lars;
    private CustomerId bpo;
    private ProductId lon;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        cases = new CaseService(em, identity, identity, identity,
                Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
        files = new CaseFiles(em, identity, identity, new CaseAccessPolicy(identity));
        patrick = identity.user(101, "Patrick Stjerne", Role.CUSTOMER);
        mette = identity.user(102, "Mette Jensen", Role.CUSTOMER);
        sofie = identity.user(103, "Sofie Holm", Role.CUSTOMER);
        lars = identity.user(104, "Lars Nielsen", Role.AGENT);
        bpo = identity.customer(201, "BPO Account");
        CustomerId nordic = identity.customer(202, "Nordic Retail A/S");
        lon = identity.product(301, "Løn ABC");
        ProductId finance = identity.product(302, "Finance 360");
        identity.grant(patrick, bpo, lon);
        identity.grant(mette, bpo, lon);
        identity.grant(sofie, nordic, finance);
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private CaseNumber create(boolean privateCase) {
        identity.signIn(patrick);
        return tx.inTransaction(() -> cases.create(new NewCase(bpo, lon, 1, 7, 11, 12, "Lønsedler", "", privateCase)));
    }

    @Test
    void filesAreAsVisibleAsTheirCaseAndOnlyTheUploaderOrAnAgentRemovesThem() {
        long open = create(false).value();
        long closed = create(true).value();

        identity.signIn(mette);
        assertThat(files.caller()).contains(new FileUser(102, "Mette Jensen"));
        assertThat(files.mayRead(open)).isTrue();
        assertThat(files.mayAdd(open)).isTrue();
        assertThat(files.mayRead(closed)).as("Patrick's private case").isFalse();
        assertThat(files.mayRemove(open, 101)).as("Patrick's file").isFalse();
        assertThat(files.mayRemove(open, 102)).as("her own file").isTrue();
        identity.signIn(sofie);
        assertThat(files.mayRead(open)).as("another customer's case").isFalse();
        assertThat(files.mayRead(99_999_999)).isFalse();
        identity.signIn(lars);
        assertThat(files.mayRead(closed)).isTrue();
        assertThat(files.mayRemove(closed, 101)).isTrue();
    }

    @Test
    void filesAddedAndRemovedAreInTheHistoryAndARemovalIsAudited() {
        CaseNumber number = create(false);
        AttachmentId id = AttachmentId.random();
        FileUser patricksFile = new FileUser(101, "Patrick Stjerne");
        Instant later = Instant.parse("2026-11-27T11:00:00Z");

        tx.run(() -> files.added(new FileAdded(number.value(), id, "lønseddel.pdf", patricksFile, later)));
        tx.run(() -> files.removed(new FileRemoved(number.value(), id, "lønseddel.pdf",
                new FileUser(104, "Lars Nielsen"), later.plusSeconds(60))));

        identity.signIn(patrick);
        var details = cases.find(number).orElseThrow();
        assertThat(History.of(em, identity, number)).extracting(CaseHistoryEntry::kind, CaseHistoryEntry::actorName,
                        CaseHistoryEntry::detail)
                .endsWith(org.assertj.core.groups.Tuple.tuple("FILE_ADDED", "Patrick Stjerne", "lønseddel.pdf"),
                        org.assertj.core.groups.Tuple.tuple("FILE_REMOVED", "Lars Nielsen", "lønseddel.pdf"));
        assertThat(details.updatedAt()).as("a file counts as an update").isEqualTo(later.plusSeconds(60));
        assertThat(identity.recorded).contains(AuditAction.FILE_REMOVED);
    }
}
