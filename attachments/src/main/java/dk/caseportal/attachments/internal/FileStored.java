package dk.caseportal.attachments.internal;

/** A file waiting for the scanner was stored; after commit the scan starts at once. */
record FileStored(long attachmentId) {
}
