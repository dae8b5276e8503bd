package dk.caseportal.attachments.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file as lists show it, for the caller who asked: {@code removable} says whether they may
 * remove it.
 */
public record FileSummary(AttachmentId id, String fileName, String contentType, long sizeBytes,
                          long uploaderId, String uploaderName, Instant uploadedAt, ScanState scanState,
                          String scanDetail, boolean inlineImage, boolean removed, boolean removable)
        implements Serializable {

    public boolean downloadable() {
        return !removed && scanState.downloadable();
    }
}
