package dk.caseportal.notifications.api;

import java.util.List;

/** What administrators do with the outbox: look at it, and send failed mails again. */
public interface OutboxAdministration {

    List<OutboxEntry> find(OutboxQuery query);

    long count(OutboxStatus status, String recipientContains);

    /**
     * Puts a failed mail back in line to be sent at once, with a fresh count of attempts.
     *
     * @return false when the mail is not (or no longer) failed
     */
    boolean retry(long id);
}
