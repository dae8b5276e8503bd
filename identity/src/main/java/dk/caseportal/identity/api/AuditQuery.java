package dk.caseportal.identity.api;

/**
 * A page of the audit trail, newest first.
 *
 * @param text   matches actor, target, before or after, ignoring case; null or blank for all
 * @param action only this action; null for all
 */
public record AuditQuery(String text, AuditAction action, int first, int pageSize) {

    public AuditQuery {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("Page out of range: first=" + first + ", size=" + pageSize);
        }
    }
}
