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

    /**
     * Empties the case tables and puts the reference data, the priority matrix and the rules back
     * as the migration seeds them.
     */
    static void clear() {
        entityManagerFactory();
        ModuleDatabase.truncate("cases.case_post", "cases.case_event_change", "cases.case_event", "cases.case_follower", "cases.support_case");
        try (var connection = ModuleDatabase.dataSource().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("DELETE FROM cases.assignment_rule WHERE NOT fallback");
            statement.execute("UPDATE cases.assignment_rule SET team_id = NULL, owner_id = NULL");
            statement.execute("DELETE FROM cases.priority_matrix WHERE urgency_id > 1000 OR impact_id > 1000");
            statement.execute("DELETE FROM cases.reference_value WHERE id > 1000");
            statement.execute("UPDATE cases.reference_value SET active = TRUE, position = id"
                    + " - (SELECT MIN(v.id) - 1 FROM cases.reference_value v WHERE v.kind = reference_value.kind)");
            statement.execute("UPDATE cases.priority_matrix SET priority = 'LOW' WHERE urgency_id = 8");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
