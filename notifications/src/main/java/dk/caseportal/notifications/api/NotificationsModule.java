package dk.caseportal.notifications.api;

/** Where the notifications module keeps its tables and their migrations. */
public final class NotificationsModule {

    public static final String SCHEMA = "notifications";
    public static final String MIGRATIONS = "classpath:db/migration/notifications";

    private NotificationsModule() {
    }
}
