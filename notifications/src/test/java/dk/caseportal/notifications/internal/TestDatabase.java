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
        entityManagerFactory();
        ModuleDatabase.truncate("notifications.outbox_message");
    }
}
