package dk.caseportal.notifications.api;

/**
 * A page of the outbox: optionally only one status and recipients containing a text, newest
 * first unless another sort is asked for.
 *
 * @param sortField one of {@code createdAt}, {@code recipient}, {@code status}, {@code attempts}; null for newest first
 */
public record OutboxQuery(OutboxStatus status, String recipientContains, int first, int pageSize,
                          String sortField, boolean ascending) {

    public OutboxQuery {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("Page out of range: first=" + first + ", size=" + pageSize);
        }
    }
}
