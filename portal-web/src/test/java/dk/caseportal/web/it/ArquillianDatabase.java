package dk.caseportal.web.it;

import dk.caseportal.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a throw-away PostgreSQL before Arquillian starts Payara Micro, and publishes its
 * coordinates as system properties that arquillian.xml passes on to the server. Register it
 * before {@code ArquillianExtension}.
 */
public final class ArquillianDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
                ArquillianDatabase.class.getName(), key -> start(), Database.class);
    }

    private static Database start() {
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.startTemporary();
        } catch (IOException e) {
            throw new UncheckedIOException("The test database did not start", e);
        }
        System.setProperty("portal.it.db.url", database.jdbcUrl());
        System.setProperty("portal.it.db.user", database.user());
        System.setProperty("portal.it.db.password", database.password());
        return new Database(database);
    }

    private record Database(EmbeddedDatabase database) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            database.close();
        }
    }
}
