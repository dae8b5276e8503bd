package dk.caseportal.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One embedded PostgreSQL per test JVM (it takes seconds to start), each module's schema migrated
 * by the module's own Flyway scripts, and EclipseLink factories on the modules' real persistence
 * units switched to resource-local transactions.
 */
public final class ModuleDatabase {

    private static EmbeddedPostgres postgres;
    private static final Set<String> MIGRATED = new HashSet<>();
    private static final Map<String, EntityManagerFactory> FACTORIES = new HashMap<>();

    private ModuleDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(ModuleDatabase::stop));
        }
        return postgres.getPostgresDatabase();
    }

    /** Brings the schema up to date once per JVM. */
    public static synchronized void migrate(String schema, String migrations) {
        if (MIGRATED.add(schema)) {
            Flyway.configure().dataSource(dataSource()).schemas(schema).locations(migrations).load().migrate();
        }
    }

    /** The module's persistence unit, on a migrated schema. */
    public static synchronized EntityManagerFactory entityManagerFactory(String unit, String schema,
                                                                         String migrations) {
        migrate(schema, migrations);
        return FACTORIES.computeIfAbsent(unit, name -> Persistence.createEntityManagerFactory(name, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource())));
    }

    /** Empties the tables, so each test starts from a known state. */
    public static void truncate(String... tables) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
