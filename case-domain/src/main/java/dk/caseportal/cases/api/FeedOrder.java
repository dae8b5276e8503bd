package dk.caseportal.cases.api;

/** "Sorteret efter": Seneste indlæg, Seneste aktivitet, Ældste først. */
public enum FeedOrder {
    /** Posts and history, newest first. */
    LATEST_POSTS,
    /** Newest first too: until posts can be answered, the latest activity is the latest entry. */
    LATEST_ACTIVITY,
    OLDEST_FIRST
}
