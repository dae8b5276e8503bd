package dk.caseportal.attachments.api;

import java.time.Instant;

/** Fired in the transaction that removes a file from a case; the file is kept, marked removed. */
public record FileRemoved(long caseNumber, AttachmentId id, String fileName, FileUser by, Instant at) {
}
