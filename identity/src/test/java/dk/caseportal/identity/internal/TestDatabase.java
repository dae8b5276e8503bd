package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.IdentityModule;
import dk.caseportal.testing.ModuleDatabase;
import jakarta.persistence.EntityManagerFactory;

/** The identity schema on the tests' shared PostgreSQL. */
final class TestDatabase {

    private TestDatabase() {
    }

    static EntityManagerFactory entityManagerFactory() {
        return ModuleDatabase.entityManagerFactory("identity", IdentityModule.SCHEMA, IdentityModule.MIGRATIONS);
    }

    /** Empties every table so each test starts from a known state. */
    static void clear() {
        entityManagerFactory();
        ModuleDatabase.truncate("identity.audit_event", "identity.password_link", "identity.sign_in_attempt",
                "identity.team_member", "identity.agent_team", "identity.product_access", "identity.membership",
                "identity.customer_product", "identity.product", "identity.customer", "identity.app_user");
    }
}
