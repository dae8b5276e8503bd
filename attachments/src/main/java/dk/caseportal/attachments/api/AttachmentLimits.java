package dk.caseportal.attachments.api;

import java.util.SortedSet;

/** The limits shown on upload forms and enforced on the server. */
public record AttachmentLimits(long maxFileBytes, long maxCaseBytes, SortedSet<String> extensions) {
}
