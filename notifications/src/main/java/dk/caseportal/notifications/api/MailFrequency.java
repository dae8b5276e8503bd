package dk.caseportal.notifications.api;

/** How often a user gets mail about the cases they follow. */
public enum MailFrequency {
    /** A mail for every update, as it happens. */
    EVERY_UPDATE,
    /** One mail a day, at the user's chosen hour, with the day's updates. */
    DAILY_DIGEST,
    /** No mail about cases (mails about the user's own account still come). */
    NONE
}
