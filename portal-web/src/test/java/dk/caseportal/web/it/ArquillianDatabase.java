package dk.caseportal.web.it;

import dk.caseportal.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a throw-away PostgreSQL for the Arquillian tests when the test JVM starts, before
 * Arquillian starts Payara Micro, and publishes its coordinates as system properties that
 * arquillian.xml passes on to the server. A launcher-session listener (registered in
 * META-INF/services) rather than a test extension, because extensions also run again inside the
 * container, where no database may be started.
 */
public final class ArquillianDatabase implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("portal.war") == null) {
            return; // not a run of this module's integration tests
        }
        try {
            database = EmbeddedDatabase.startTemporary();
        } catch (IOException e) {
            throw new UncheckedIOException("The test database did not start", e);
        }
        System.setProperty("portal.it.db.url", database.jdbcUrl());
        System.setProperty("portal.it.db.user", database.user());
        System.setProperty("portal.it.db.password", database.password());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
        }
    }
}
