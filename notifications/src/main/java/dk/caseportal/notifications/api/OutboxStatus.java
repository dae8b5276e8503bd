package dk.caseportal.notifications.api;

/** Where a mail is on its way: waiting (perhaps for a retry), sent, or given up on. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
