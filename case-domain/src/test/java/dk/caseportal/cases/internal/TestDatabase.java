package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CasesModule;
import dk.caseportal.testing.ModuleDatabase;
import jakarta.persistence.EntityManagerFactory;

/** The cases schema on the tests' shared PostgreSQL. */
final class TestDatabase {

    private TestDatabase() {
    }

    static EntityManagerFactory entityManagerFactory() {
        return ModuleDatabase.entityManagerFactory("cases", CasesModule.SCHEMA, CasesModule.MIGRATIONS);
    }

    /** Empties the case tables (reference data, matrix and the fallback rule stay) and the rules added by tests. */
    static void clear() {
        entityManagerFactory();
        ModuleDatabase.truncate("cases.case_event", "cases.case_follower", "cases.support_case");
        try (var connection = ModuleDatabase.dataSource().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("DELETE FROM cases.assignment_rule WHERE NOT fallback");
            statement.execute("UPDATE cases.assignment_rule SET team_id = NULL, owner_id = NULL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
