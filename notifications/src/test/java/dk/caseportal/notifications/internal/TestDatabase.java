package dk.caseportal.notifications.internal;

import dk.caseportal.notifications.api.NotificationsModule;
import dk.caseportal.testing.ModuleDatabase;
import jakarta.persistence.EntityManagerFactory;

/** The notifications schema on the tests' shared PostgreSQL. */
final class TestDatabase {

    private TestDatabase() {
    }

    static EntityManagerFactory entityManagerFactory() {
        return ModuleDatabase.entityManagerFactory("notifications", NotificationsModule.SCHEMA,
                NotificationsModule.MIGRATIONS);
    }

    static void clear() {
        // Rows of the tests before are gone: so must be EclipseLink's shared copies of them.
        entityManagerFactory().getCache().evictAll();
        ModuleDatabase.truncate("notifications.outbox_message");
        ModuleDatabase.truncate("notifications.mail_preference");
        ModuleDatabase.truncate("notifications.case_mute");
        ModuleDatabase.truncate("notifications.digest_item");
        ModuleDatabase.truncate("notifications.incoming_mail", "notifications.incoming_mail_file");
    }
}
