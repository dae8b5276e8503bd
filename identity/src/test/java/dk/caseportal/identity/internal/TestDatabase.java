package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.IdentityModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One embedded PostgreSQL for all repository tests of this module (it takes seconds to start),
 * migrated by the module's own Flyway scripts, and an EclipseLink factory on the real persistence
 * unit switched to resource-local transactions.
 */
final class TestDatabase {

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory factory;

    private TestDatabase() {
    }

    static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .schemas(IdentityModule.SCHEMA)
                    .locations(IdentityModule.MIGRATIONS)
                    .load()
                    .migrate();
        }
        return postgres.getPostgresDatabase();
    }

    static synchronized EntityManagerFactory entityManagerFactory() {
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory("identity", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.nonJtaDataSource", dataSource()));
        }
        return factory;
    }

    /** Empties every table so each test starts from a known state. */
    static void clear() {
        try (var connection = dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    TRUNCATE identity.audit_event, identity.password_link, identity.sign_in_attempt, identity.team_member, identity.agent_team,
                             identity.product_access, identity.membership, identity.customer_product,
                             identity.product, identity.customer, identity.app_user CASCADE""");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        try {
            if (factory != null) {
                factory.close();
            }
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
