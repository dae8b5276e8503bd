package dk.caseportal.notifications.api;

/**
 * Where a mail is on its way: waiting (perhaps for a retry), sent, given up on, or not sent
 * because its recipient may no longer have it (a case they can no longer see).
 */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED,
    CANCELLED
}
