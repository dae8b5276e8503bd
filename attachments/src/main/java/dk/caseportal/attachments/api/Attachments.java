package dk.caseportal.attachments.api;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The files of cases, always for the signed-in caller: a case's files are as visible as the case
 * ({@link CaseFileAccess}). Every file is checked before it is stored — an allowed extension,
 * content that agrees with it, not empty, within the limits — and streamed to storage, so size
 * does not cost memory.
 */
public interface Attachments {

    AttachmentLimits limits();

    /**
     * Stores a file for a case not yet created ("Opret en sag").
     *
     * @throws FileRefusedException when the file breaks a rule; nothing is stored
     */
    FileSummary stage(DraftId draft, String fileName, InputStream content);

    /** The caller's files on the draft, oldest first. */
    List<FileSummary> staged(DraftId draft);

    /** Drops one of the caller's staged files before the case is saved. */
    void discardStaged(DraftId draft, AttachmentId id);

    /**
     * Attaches the caller's files on the draft to the newly created case, in the caller's
     * transaction: if creating the case fails, the files stay on the draft.
     */
    void claimStaged(DraftId draft, long caseNumber);

    /**
     * Attaches a file to a case the caller may add files to.
     *
     * @throws FileRefusedException when the file breaks a rule; nothing is stored
     * @throws java.util.NoSuchElementException when the caller may not see the case
     */
    FileSummary add(long caseNumber, String fileName, InputStream content);

    /**
     * Stores an image pasted or picked while writing a post, as a file of the case; only raster
     * images (png, jpeg, gif, webp) are taken. The web module serves it inline at
     * {@code /files/{id}/inline} to everyone who may see the case.
     *
     * @throws FileRefusedException {@code NOT_AN_IMAGE} for anything else
     */
    FileSummary addImage(long caseNumber, String fileName, InputStream content);

    /** The case's files, removed ones included (marked); empty when the caller may not see the case. */
    List<FileSummary> ofCase(long caseNumber);

    /**
     * A file to download: empty when it does not exist, belongs to a case the caller may not see,
     * is still staged, removed, waiting for the scanner or infected — all alike.
     */
    Optional<FileDownload> open(AttachmentId id);

    /**
     * Removes a file: kept and audited, never served again.
     *
     * @throws java.util.NoSuchElementException when the caller may not see the file
     * @throws SecurityException when they see it but may not remove it
     */
    void remove(AttachmentId id);
}
