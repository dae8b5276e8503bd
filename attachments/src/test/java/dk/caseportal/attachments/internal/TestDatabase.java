package dk.caseportal.attachments.internal;

import dk.caseportal.attachments.api.AttachmentsModule;
import dk.caseportal.testing.ModuleDatabase;
import jakarta.persistence.EntityManagerFactory;

/** The attachments schema on the tests' shared PostgreSQL. */
final class TestDatabase {

    private TestDatabase() {
    }

    static EntityManagerFactory entityManagerFactory() {
        return ModuleDatabase.entityManagerFactory("attachments", AttachmentsModule.SCHEMA,
                AttachmentsModule.MIGRATIONS);
    }

    static void clear() {
        entityManagerFactory();
        ModuleDatabase.truncate("attachments.attachment_chunk", "attachments.attachment");
    }

    static long count(String table) {
        try (var connection = ModuleDatabase.dataSource().getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM attachments." + table)) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
