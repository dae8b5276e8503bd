package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.AttachmentId;
import dk.caseportal.attachments.api.AttachmentLimits;
import dk.caseportal.attachments.api.Attachments;
import dk.caseportal.attachments.api.CaseFileAccess;
import dk.caseportal.attachments.api.DraftId;
import dk.caseportal.attachments.api.FileAdded;
import dk.caseportal.attachments.api.FileDownload;
import dk.caseportal.attachments.api.FileRefusedException;
import dk.caseportal.attachments.api.FileRefusedException.Reason;
import dk.caseportal.attachments.api.FileRemoved;
import dk.caseportal.attachments.api.FileSummary;
import dk.caseportal.attachments.api.FileUser;
import dk.caseportal.attachments.api.VirusScanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Checks, stores and serves case files for the signed-in caller. Reads run in a transaction too:
 * Payara 6 fails the request at its end ("closed EntityManager") when one request uses this
 * persistence context both inside and outside a transaction, as an upload followed by the list does.
 */
@ApplicationScoped
@Transactional
public class AttachmentService implements Attachments {

    private static final Logger LOG = Logger.getLogger(AttachmentService.class.getName());
    /** Enough of the start of a file for Tika's magic, kept to be read again. */
    private static final int DETECTION_BYTES = 64 * 1024;

    @PersistenceContext(unitName = "attachments")
    EntityManager em;

    @Inject
    ContentStore store;

    @Inject
    CaseFileAccess access;

    @Inject
    AttachmentSettings settings;

    @Inject
    VirusScanner scanner;

    @Inject
    Event<FileAdded> added;

    @Inject
    Event<FileRemoved> removed;

    @Inject
    Event<FileStored> stored;

    private final FileTypes types = new FileTypes();

    Clock clock = Clock.systemUTC();

    protected AttachmentService() {
        // for CDI
    }

    AttachmentService(EntityManager em, CaseFileAccess access, AttachmentSettings settings, VirusScanner scanner,
                      Event<FileAdded> added, Event<FileRemoved> removed, Event<FileStored> stored, Clock clock) {
        this.em = em;
        this.store = new DatabaseContentStore(em);
        this.access = access;
        this.settings = settings;
        this.scanner = scanner;
        this.added = added;
        this.removed = removed;
        this.stored = stored;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttachmentLimits limits() {
        return new AttachmentLimits(settings.maxFileBytes(), settings.maxCaseBytes(), types.allowedExtensions());
    }

    @Override
    public FileSummary stage(DraftId draft, String fileName, InputStream content) {
        FileUser user = caller();
        long used = bytes(em.createQuery("SELECT COALESCE(SUM(a.sizeBytes), 0) FROM Attachment a"
                        + " WHERE a.draftId = :draft AND a.caseNumber IS NULL AND a.uploadedBy = :user")
                .setParameter("draft", draft.value().toString())
                .setParameter("user", user.id()));
        return store(user, null, draft.value(), fileName, content, used, false).toSummary(true);
    }

    @Override
    public List<FileSummary> staged(DraftId draft) {
        return stagedEntities(draft, caller()).stream().map(a -> a.toSummary(true)).toList();
    }

    private List<Attachment> stagedEntities(DraftId draft, FileUser user) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.draftId = :draft AND a.caseNumber IS NULL"
                        + " AND a.uploadedBy = :user ORDER BY a.uploadedAt, a.id", Attachment.class)
                .setParameter("draft", draft.value().toString())
                .setParameter("user", user.id())
                .getResultList();
    }

    @Override
    public void discardStaged(DraftId draft, AttachmentId id) {
        // Not yet a file of any case: nothing to keep or audit.
        stagedEntities(draft, caller()).stream()
                .filter(a -> a.publicId().equals(id))
                .findFirst()
                .ifPresent(em::remove);
    }

    @Override
    public void claimStaged(DraftId draft, long caseNumber) {
        FileUser user = caller();
        List<Attachment> files = stagedEntities(draft, user);
        if (files.isEmpty()) {
            return;
        }
        if (!access.mayAdd(caseNumber)) {
            throw new NoSuchElementException("No case " + caseNumber + " for " + user.id());
        }
        OffsetDateTime now = now();
        for (Attachment file : files) {
            file.claimFor(caseNumber);
            added.fire(new FileAdded(caseNumber, file.publicId(), file.fileName(), user, now.toInstant()));
        }
        LOG.info(() -> files.size() + " file(s) attached to new case " + caseNumber + " by user " + user.id());
    }

    @Override
    public FileSummary add(long caseNumber, String fileName, InputStream content) {
        return addToCase(caseNumber, fileName, content, false);
    }

    @Override
    public FileSummary addImage(long caseNumber, String fileName, InputStream content) {
        return addToCase(caseNumber, fileName, content, true);
    }

    private FileSummary addToCase(long caseNumber, String fileName, InputStream content, boolean image) {
        FileUser user = caller();
        if (!access.mayAdd(caseNumber)) {
            throw new NoSuchElementException("No case " + caseNumber + " for " + user.id());
        }
        long used = bytes(em.createQuery("SELECT COALESCE(SUM(a.sizeBytes), 0) FROM Attachment a"
                + " WHERE a.caseNumber = :case AND a.removedAt IS NULL").setParameter("case", caseNumber));
        Attachment file = store(user, caseNumber, null, fileName, content, used, image);
        added.fire(new FileAdded(caseNumber, file.publicId(), file.fileName(), user, now().toInstant()));
        LOG.info(() -> "File " + file.publicId() + " (" + file.sizeBytes() + " bytes, " + file.contentType()
                + ") attached to case " + caseNumber + " by user " + user.id());
        return file.toSummary(true);
    }

    /** Checks the file, then streams it to the store; anything refused rolls the transaction back. */
    private Attachment store(FileUser user, Long caseNumber, UUID draft, String sentName, InputStream content,
                             long used, boolean imageOnly) {
        String name = FileNames.clean(sentName);
        if (name.isEmpty()) {
            throw new FileRefusedException(Reason.TYPE_NOT_ALLOWED, String.valueOf(sentName), "no name");
        }
        try {
            BufferedInputStream buffered = new BufferedInputStream(content, DETECTION_BYTES);
            buffered.mark(1);
            if (buffered.read() < 0) {
                throw new FileRefusedException(Reason.EMPTY, name, null);
            }
            buffered.reset();
            String contentType = types.check(name, buffered);
            if (imageOnly && !FileTypes.isRasterImage(contentType)) {
                throw new FileRefusedException(Reason.NOT_AN_IMAGE, name, contentType);
            }
            long room = settings.maxCaseBytes() - used;
            if (room <= 0) {
                throw new FileRefusedException(Reason.CASE_FULL, name, null);
            }
            long limit = Math.min(settings.maxFileBytes(), room);
            Attachment file = new Attachment(caseNumber, draft, name, user, now());
            em.persist(file);
            em.flush();
            StoredContent written = store.write(file.id(), buffered, limit);
            if (written.overLimit()) {
                throw new FileRefusedException(limit < settings.maxFileBytes() ? Reason.CASE_FULL : Reason.TOO_LARGE,
                        name, "over " + limit + " bytes");
            }
            file.stored(contentType, written.sizeBytes(), written.sha256(), imageOnly, scanner.enabled());
            if (scanner.enabled()) {
                stored.fire(new FileStored(file.id()));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded file " + name + " failed", e);
        }
    }

    @Override
    public List<FileSummary> ofCase(long caseNumber) {
        if (!access.mayRead(caseNumber)) {
            return List.of();
        }
        Map<Long, Boolean> mayRemove = new HashMap<>();
        return em.createQuery("SELECT a FROM Attachment a WHERE a.caseNumber = :case ORDER BY a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("case", caseNumber)
                .getResultStream()
                .map(a -> a.toSummary(mayRemove.computeIfAbsent(a.uploadedBy(),
                        uploader -> access.mayRemove(caseNumber, uploader))))
                .toList();
    }

    @Override
    public Optional<FileDownload> open(AttachmentId id) {
        return find(id)
                .filter(a -> !a.isRemoved() && a.scanState().downloadable())
                .map(a -> new FileDownload(a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                        FileTypes.isRasterImage(a.contentType()), () -> store.read(a.id())));
    }

    @Override
    public void remove(AttachmentId id) {
        FileUser user = caller();
        Attachment file = find(id).orElseThrow(() -> new NoSuchElementException("No file " + id));
        if (file.isRemoved()) {
            return;
        }
        if (!access.mayRemove(file.caseNumber(), file.uploadedBy())) {
            throw new SecurityException("User " + user.id() + " may not remove file " + id);
        }
        OffsetDateTime now = now();
        file.remove(user, now);
        removed.fire(new FileRemoved(file.caseNumber(), id, file.fileName(), user, now.toInstant()));
        LOG.info(() -> "File " + id + " of case " + file.caseNumber() + " removed by user " + user.id());
    }

    /** A file of a case the caller may see; staged files and other cases' files are not found. */
    private Optional<Attachment> find(AttachmentId id) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.publicId = :id", Attachment.class)
                .setParameter("id", id.toString())
                .getResultStream()
                .findFirst()
                .filter(a -> a.caseNumber() != null && access.mayRead(a.caseNumber()));
    }

    /** PostgreSQL sums BIGINTs as NUMERIC. */
    private static long bytes(jakarta.persistence.Query sum) {
        return ((Number) sum.getSingleResult()).longValue();
    }

    private FileUser caller() {
        return access.caller().orElseThrow(() -> new SecurityException("No signed-in user"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
