package dk.caseportal.notifications.api;

import java.time.Instant;

/** One mail in the outbox as administrators see it (without its body). */
public record OutboxEntry(long id, String recipient, String subject, OutboxStatus status, int attempts,
                          String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
}
