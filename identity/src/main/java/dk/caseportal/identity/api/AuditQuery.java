package dk.caseportal.identity.api;

/**
 * A page of the audit trail by time.
 *
 * @param text        matches actor, target, before or after, ignoring case; null or blank for all
 * @param action      only this action; null for all
 * @param oldestFirst false for the newest first
 */
public record AuditQuery(String text, AuditAction action, int first, int pageSize, boolean oldestFirst) {

    public AuditQuery {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("Page out of range: first=" + first + ", size=" + pageSize);
        }
    }

    /** Newest first. */
    public AuditQuery(String text, AuditAction action, int first, int pageSize) {
        this(text, action, first, pageSize, false);
    }
}
