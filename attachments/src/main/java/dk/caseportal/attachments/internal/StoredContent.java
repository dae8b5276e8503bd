package dk.caseportal.attachments.internal;

/**
 * What a content store wrote: the size and SHA-256, or that the content went over the limit it was
 * given (then it stopped reading, and the caller's transaction is rolled back).
 */
record StoredContent(long sizeBytes, String sha256, boolean overLimit) {
}
