package dk.caseportal.notifications.api;

/**
 * Sends due mails from the outbox in the background. Started by the application once every
 * module's schema is migrated, so it never looks for a table that is not there yet.
 */
public interface MailDispatcher {

    /** Starts the periodic dispatch; calling it again has no effect. */
    void start();
}
