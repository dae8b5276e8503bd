package dk.caseportal.identity.api;

import java.time.Instant;

/** One line of the audit trail as administrators see it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String address, AuditAction action,
                         String target, String before, String after) {
}
