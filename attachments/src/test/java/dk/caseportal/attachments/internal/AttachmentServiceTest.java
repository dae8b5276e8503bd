package dk.caseportal.attachments.internal;

import static dk.caseportal.attachments.internal.Samples.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.attachments.api.AttachmentId;
import dk.caseportal.attachments.api.DraftId;
import dk.caseportal.attachments.api.FileAdded;
import dk.caseportal.attachments.api.FileDownload;
import dk.caseportal.attachments.api.FileRefusedException;
import dk.caseportal.attachments.api.FileRefusedException.Reason;
import dk.caseportal.attachments.api.FileRemoved;
import dk.caseportal.attachments.api.FileSummary;
import dk.caseportal.attachments.api.FileUser;
import dk.caseportal.attachments.api.ScanState;
import dk.caseportal.attachments.api.ScanVerdict;
import dk.caseportal.attachments.api.VirusScanner;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Storing, listing, serving and removing case files, and who may do what. */
class AttachmentServiceTest {

    private static final long CASE = 2001;
    private static final long OTHER_CASE = 2002;
    private static final long MIB = 1024 * 1024;

    private final FileUser patrick = new FileUser(101, "Patrick Stjerne");
    private final FileUser mette = new FileUser(102, "Mette Jensen");
    private final FileUser sofie = new FileUser(103, "Sofie Holm");
    private final FileUser lars = new FileUser(104, "Lars Nielsen");
    private final FakeCaseAccess access = new FakeCaseAccess()
            .sees(patrick, CASE).sees(patrick, OTHER_CASE).sees(mette, CASE).agent(lars);
    private final RecordedEvents<FileAdded> added = new RecordedEvents<>();
    private final RecordedEvents<FileRemoved> removed = new RecordedEvents<>();
    private final RecordedEvents<FileStored> stored = new RecordedEvents<>();
    private EntityManager em;
    private Transactions tx;
    private AttachmentService attachments;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        attachments = service(ScannerProducer.NONE, 2, 5);
        access.signIn(patrick);
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private AttachmentService service(VirusScanner scanner, long maxFileMb, long maxCaseMb) {
        return new AttachmentService(em, access, new AttachmentSettings(maxFileMb, maxCaseMb), scanner, added,
                removed, stored, Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
    }

    private <T> T inTx(Supplier<T> work) {
        return tx.inTransaction(work);
    }

    private FileSummary add(long caseNumber, String name, byte[] content) {
        return inTx(() -> attachments.add(caseNumber, name, stream(content)));
    }

    private byte[] download(AttachmentId id) throws IOException {
        FileDownload file = attachments.open(id).orElseThrow();
        try (InputStream in = file.open()) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFileIsListedWithItsFactsAndDownloadsAsTheSameBytes() throws IOException {
        byte[] pdf = Samples.pdf(3 * 1024 * 1024 / 2);

        FileSummary summary = add(CASE, "C:\\Users\\patrick\\Lønseddel marts.pdf", pdf);

        assertThat(summary.fileName()).as("the path a browser may send is dropped").isEqualTo("Lønseddel marts.pdf");
        access.signIn(mette);
        assertThat(attachments.ofCase(CASE)).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("Lønseddel marts.pdf");
            assertThat(file.sizeBytes()).isEqualTo(pdf.length);
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.uploaderName()).isEqualTo("Patrick Stjerne");
            assertThat(file.uploadedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
            assertThat(file.scanState()).as("no scanner configured").isEqualTo(ScanState.UNSCANNED);
            assertThat(file.removable()).as("Mette did not upload it").isFalse();
        });
        assertThat(download(summary.id())).as("two pieces of content, read back whole").isEqualTo(pdf);
        assertThat(TestDatabase.count("attachment_chunk")).isEqualTo(2);
        assertThat(added.fired).extracting(FileAdded::caseNumber, FileAdded::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CASE, "Lønseddel marts.pdf"));
    }

    @Test
    void filesAreAsPrivateAsTheirCase() {
        FileSummary summary = add(CASE, "report.pdf", Samples.pdf(100));

        access.signIn(sofie);
        assertThat(attachments.ofCase(CASE)).isEmpty();
        assertThat(attachments.open(summary.id())).as("another customer's file is not found").isEmpty();
        assertThat(attachments.open(AttachmentId.random())).as("a guessed id").isEmpty();
        assertThatThrownBy(() -> add(CASE, "mine.pdf", Samples.pdf(100))).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> inTx(() -> {
            attachments.remove(summary.id());
            return null;
        })).isInstanceOf(NoSuchElementException.class);
        access.signIn(lars);
        assertThat(attachments.open(summary.id())).as("the vendor's agents see every case").isPresent();
    }

    @Test
    void contentThatDoesNotMatchItsExtensionIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> add(CASE, "invoice.pdf", Samples.exe()))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONTENT_MISMATCH);
                    assertThat(e.fileName()).isEqualTo("invoice.pdf");
                });
        assertThatThrownBy(() -> add(CASE, "setup.exe", Samples.exe()))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED));
        assertThatThrownBy(() -> add(CASE, "empty.txt", new byte[0]))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        assertThat(TestDatabase.count("attachment")).isZero();
        assertThat(added.fired).isEmpty();
    }

    @Test
    void theLimitsPerFileAndPerCaseAreEnforcedWhileStreaming() {
        add(CASE, "exactly-two.pdf", Samples.pdf((int) (2 * MIB)));

        assertThatThrownBy(() -> add(CASE, "one-byte-more.pdf", Samples.pdf((int) (2 * MIB + 1))))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        add(CASE, "second.pdf", Samples.pdf((int) (2 * MIB)));
        assertThatThrownBy(() -> add(CASE, "third.pdf", Samples.pdf((int) (1.5 * MIB))))
                .as("5 MiB per case, 4 used").isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CASE_FULL));
        add(CASE, "fits.pdf", Samples.pdf((int) MIB));
        assertThat(TestDatabase.count("attachment")).as("refused files leave no rows").isEqualTo(3);
        assertThat(attachments.ofCase(OTHER_CASE)).isEmpty();
        add(OTHER_CASE, "other case.pdf", Samples.pdf((int) MIB));
    }

    @Test
    void filesOnTheNewCaseFormBelongToTheirUploaderUntilTheCaseIsSaved() {
        DraftId draft = DraftId.random();
        FileSummary first = inTx(() -> attachments.stage(draft, "first.pdf", stream(Samples.pdf(100))));
        inTx(() -> attachments.stage(draft, "second.png", stream(Samples.png())));
        inTx(() -> attachments.stage(DraftId.random(), "another form.pdf", stream(Samples.pdf(100))));

        assertThat(attachments.staged(draft)).extracting(FileSummary::fileName).containsExactly("first.pdf", "second.png");
        access.signIn(mette);
        assertThat(attachments.staged(draft)).as("only the uploader's").isEmpty();
        access.signIn(patrick);
        assertThat(attachments.open(first.id())).as("not downloadable before the case exists").isEmpty();

        tx.run(() -> attachments.discardStaged(draft, first.id()));
        tx.run(() -> attachments.claimStaged(draft, CASE));

        assertThat(attachments.staged(draft)).isEmpty();
        assertThat(attachments.ofCase(CASE)).extracting(FileSummary::fileName).containsExactly("second.png");
        assertThat(added.fired).extracting(FileAdded::fileName).containsExactly("second.png");
        assertThat(TestDatabase.count("attachment")).as("the discarded file is gone, the other draft's stays").isEqualTo(2);
    }

    @Test
    void aFailedCaseCreationLeavesTheFilesOnTheDraft() {
        DraftId draft = DraftId.random();
        inTx(() -> attachments.stage(draft, "first.pdf", stream(Samples.pdf(100))));

        assertThatThrownBy(() -> tx.run(() -> {
            attachments.claimStaged(draft, CASE);
            throw new IllegalStateException("the case could not be saved");
        })).hasMessageContaining("could not be saved");

        assertThat(attachments.staged(draft)).extracting(FileSummary::fileName).containsExactly("first.pdf");
        assertThat(attachments.ofCase(CASE)).isEmpty();
    }

    @Test
    void filesOfFormsNeverSavedAreErasedAfterTheRetention() {
        DraftId abandoned = DraftId.random();
        inTx(() -> attachments.stage(abandoned, "abandoned.pdf", stream(Samples.pdf(100))));
        add(CASE, "on a case.pdf", Samples.pdf(100));

        int erased = inTx(() -> new DraftPurge(em).uploadedBefore(
                java.time.OffsetDateTime.parse("2026-11-27T10:00:01Z")));

        assertThat(erased).isEqualTo(1);
        assertThat(attachments.staged(abandoned)).isEmpty();
        assertThat(attachments.ofCase(CASE)).extracting(FileSummary::fileName).containsExactly("on a case.pdf");
        assertThat(TestDatabase.count("attachment_chunk")).as("the content goes with it").isEqualTo(1);
        assertThat(inTx(() -> new DraftPurge(em).uploadedBefore(java.time.OffsetDateTime.parse("2026-11-27T10:00:00Z"))))
                .as("younger than the cutoff").isZero();
    }

    @Test
    void theUploaderOrAnAgentRemovesAFileWhichIsKeptButNeverServedAgain() {
        FileSummary patricks = add(CASE, "patrick.pdf", Samples.pdf(100));
        access.signIn(mette);
        FileSummary mettes = add(CASE, "mette.pdf", Samples.pdf(100));

        assertThatThrownBy(() -> tx.run(() -> attachments.remove(patricks.id()))).isInstanceOf(SecurityException.class);
        tx.run(() -> attachments.remove(mettes.id()));
        access.signIn(lars);
        tx.run(() -> attachments.remove(patricks.id()));

        assertThat(attachments.open(patricks.id())).isEmpty();
        assertThat(attachments.open(mettes.id())).isEmpty();
        assertThat(attachments.ofCase(CASE)).allSatisfy(file -> {
            assertThat(file.removed()).isTrue();
            assertThat(file.downloadable()).isFalse();
            assertThat(file.removable()).isFalse();
        });
        assertThat(TestDatabase.count("attachment_chunk")).as("kept, not erased").isEqualTo(2);
        assertThat(removed.fired).extracting(FileRemoved::fileName, e -> e.by().name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mette.pdf", "Mette Jensen"),
                org.assertj.core.groups.Tuple.tuple("patrick.pdf", "Lars Nielsen"));
    }

    @Test
    void imagesForPostsAreRasterImagesOnlyAndMayBeShownInline() {
        FileSummary image = inTx(() -> attachments.addImage(CASE, "screenshot.png", stream(Samples.png())));

        access.signIn(mette);
        FileDownload shown = attachments.open(image.id()).orElseThrow();
        assertThat(shown.rasterImage()).isTrue();
        assertThat(shown.contentType()).isEqualTo("image/png");
        assertThat(attachments.ofCase(CASE)).singleElement().satisfies(file -> assertThat(file.inlineImage()).isTrue());
        assertThatThrownBy(() -> inTx(() -> attachments.addImage(CASE, "report.pdf", stream(Samples.pdf(100)))))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AN_IMAGE));
        assertThatThrownBy(() -> inTx(() -> attachments.addImage(CASE, "drawing.svg",
                stream("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(FileRefusedException.class);
        assertThat(attachments.open(add(CASE, "report.pdf", Samples.pdf(100)).id()).orElseThrow().rasterImage())
                .as("a pdf is only ever downloaded").isFalse();
    }

    @Test
    void aFileWaitsForTheScannerAndAnInfectedOneIsQuarantined() throws IOException {
        FakeScanner scanner = new FakeScanner();
        attachments = service(scanner, 2, 5);
        ScanResults results = new ScanResults(em) {
            @Override
            public List<Long> waiting(int max) {
                return inTx(() -> super.waiting(max));
            }

            @Override
            public void record(long attachmentId, ScanVerdict verdict) {
                tx.run(() -> super.record(attachmentId, verdict));
            }

            @Override
            public void failed(long attachmentId, String problem) {
                tx.run(() -> super.failed(attachmentId, problem));
            }
        };
        FileScan scan = new FileScan(scanner, new DatabaseContentStore(em), results);
        FileSummary clean = add(CASE, "clean.txt", "Log line\n".getBytes(StandardCharsets.UTF_8));
        FileSummary infected = add(CASE, "infected.txt",
                ("Hello\n" + FakeScanner.EICAR + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(stored.fired).hasSize(2);
        assertThat(attachments.ofCase(CASE)).extracting(FileSummary::scanState).containsOnly(ScanState.PENDING);
        assertThat(attachments.open(clean.id())).as("not downloadable while waiting").isEmpty();

        scanner.down = true;
        assertThat(scan.round()).as("the scanner does not answer").isZero();
        assertThat(attachments.ofCase(CASE)).extracting(FileSummary::scanState).containsOnly(ScanState.PENDING);

        scanner.down = false;
        assertThat(scan.round()).isEqualTo(2);
        assertThat(attachments.ofCase(CASE)).extracting(FileSummary::fileName, FileSummary::scanState).containsExactly(
                org.assertj.core.groups.Tuple.tuple("clean.txt", ScanState.CLEAN),
                org.assertj.core.groups.Tuple.tuple("infected.txt", ScanState.INFECTED));
        assertThat(download(clean.id())).asString(StandardCharsets.UTF_8).isEqualTo("Log line\n");
        assertThat(attachments.open(infected.id())).as("quarantined").isEmpty();
        assertThat(attachments.ofCase(CASE).get(1).scanDetail()).isEqualTo("Eicar-Test-Signature");
    }

    /** Finds the EICAR test string; can be "down". */
    private static final class FakeScanner implements VirusScanner {

        static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
        boolean down;

        @Override
        public ScanVerdict scan(InputStream content) throws IOException {
            if (down) {
                throw new IOException("clamd at localhost:3310 is unreachable");
            }
            String text = new String(content.readAllBytes(), StandardCharsets.ISO_8859_1);
            return text.contains(EICAR) ? ScanVerdict.infected("Eicar-Test-Signature") : ScanVerdict.CLEAN;
        }
    }
}
