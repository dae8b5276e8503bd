package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.AttachmentId;
import dk.caseportal.attachments.api.FileSummary;
import dk.caseportal.attachments.api.FileUser;
import dk.caseportal.attachments.api.ScanState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A file's metadata; its content is in the content store under {@link #id()}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Column(name = "case_number")
    private Long caseNumber;

    @Column(name = "draft_id")
    private String draftId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "inline_image", nullable = false)
    private boolean inlineImage;

    @Enumerated(EnumType.STRING)
    @Column(name = "scan_state", nullable = false)
    private ScanState scanState;

    @Column(name = "scan_detail")
    private String scanDetail;

    @Column(name = "scan_attempts", nullable = false)
    private int scanAttempts;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "removed_by")
    private Long removedBy;

    @Column(name = "removed_by_name")
    private String removedByName;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    @Version
    private long version;

    protected Attachment() {
        // for JPA
    }

    Attachment(Long caseNumber, UUID draftId, String fileName, FileUser uploader, OffsetDateTime now) {
        this.publicId = UUID.randomUUID().toString();
        this.caseNumber = caseNumber;
        this.draftId = draftId == null ? null : draftId.toString();
        this.fileName = fileName;
        this.uploadedBy = uploader.id();
        this.uploadedByName = uploader.name();
        this.uploadedAt = now;
        // Until the content is stored, checked and counted.
        this.contentType = "application/octet-stream";
        this.sha256 = "0".repeat(64);
        this.sizeBytes = 1;
        this.scanState = ScanState.PENDING;
    }

    void stored(String contentType, long sizeBytes, String sha256, boolean inlineImage, boolean scanned) {
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.inlineImage = inlineImage;
        this.scanState = scanned ? ScanState.PENDING : ScanState.UNSCANNED;
    }

    void claimFor(long caseNumber) {
        this.caseNumber = caseNumber;
        this.draftId = null;
    }

    void remove(FileUser by, OffsetDateTime now) {
        this.removedBy = by.id();
        this.removedByName = by.name();
        this.removedAt = now;
    }

    void scanned(ScanState verdict, String detail) {
        this.scanState = verdict;
        this.scanDetail = detail;
        this.scanAttempts++;
    }

    void scanFailed(String detail) {
        this.scanDetail = detail;
        this.scanAttempts++;
    }

    FileSummary toSummary(boolean removable) {
        return new FileSummary(publicId(), fileName, contentType, sizeBytes, uploadedBy, uploadedByName,
                uploadedAt.toInstant(), scanState, scanDetail, inlineImage, isRemoved(), removable && !isRemoved());
    }

    long id() {
        return id;
    }

    AttachmentId publicId() {
        return new AttachmentId(UUID.fromString(publicId));
    }

    Long caseNumber() {
        return caseNumber;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    long uploadedBy() {
        return uploadedBy;
    }

    ScanState scanState() {
        return scanState;
    }

    int scanAttempts() {
        return scanAttempts;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    boolean isInlineImage() {
        return inlineImage;
    }
}
