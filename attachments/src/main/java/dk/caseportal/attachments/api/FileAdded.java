package dk.caseportal.attachments.api;

import java.time.Instant;

/** Fired in the transaction that attaches a file to a case (also when a draft's files join a new case). */
public record FileAdded(long caseNumber, AttachmentId id, String fileName, FileUser by, Instant at) {
}
