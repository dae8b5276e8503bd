package dk.caseportal.web.it;

import dk.caseportal.launcher.EmbeddedDatabase;
import dk.caseportal.launcher.MailSink;
import dk.caseportal.launcher.PayaraMicroProcess;
import dk.caseportal.launcher.Ports;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real portal once for all web tests of this module: a throw-away embedded PostgreSQL,
 * a mail sink and Payara Micro running the built WAR with demo data, as the run command does.
 * Stopped when the test JVM's root context closes.
 */
public final class PortalServer implements BeforeAllCallback {

    private static final String KEY = PortalServer.class.getName();
    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> start(), Running.class);
    }

    /** Where the portal answers, e.g. {@code http://localhost:41234/}. */
    public static URI baseUri() {
        if (running == null) {
            throw new IllegalStateException("Register the PortalServer extension on the test class");
        }
        return running.micro().baseUri();
    }

    /** The portal's database, for tests that set up or check data directly. */
    public static Connection database() throws SQLException {
        EmbeddedDatabase database = running.database();
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /** Where the portal's mail goes. */
    public static MailSink mailSink() {
        return running.mail();
    }

    private static Running start() {
        MailSink mail = null;
        EmbeddedDatabase database = null;
        try {
            Path war = Path.of(System.getProperty("portal.war"));
            Path microJar = Path.of(System.getProperty("payara.microJar"));
            Path logDir = Files.createDirectories(Path.of(System.getProperty("portal.testLogDir", "target/it-logs")));
            database = EmbeddedDatabase.startTemporary();
            mail = MailSink.start(0, 0, 0);
            int port = Ports.freePort();
            PayaraMicroProcess micro = PayaraMicroProcess.start(microJar, war, port, Map.of(
                            "portal.db.url", database.jdbcUrl(),
                            "portal.db.user", database.user(),
                            "portal.db.password", database.password(),
                            "portal.demo-data", "true",
                            "portal.mail.smtp.host", "127.0.0.1",
                            "portal.mail.smtp.port", Integer.toString(mail.smtpPort()),
                            "portal.mail.dispatch-interval-seconds", "1",
                            "portal.public-base-url", "http://localhost:" + port + "/"),
                    Files.createTempDirectory("portal-micro"), logDir.resolve("payara-micro.log"));
            running = new Running(database, mail, micro);
            micro.awaitReady(Duration.ofMinutes(4));
            return running;
        } catch (Exception e) {
            if (running != null) {
                running.close();
            } else {
                closeAll(mail, database);
            }
            throw new IllegalStateException("The portal did not start: " + e.getMessage(), e);
        }
    }

    private static void closeAll(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                // already failing; the original error is what matters
            }
        }
    }

    private record Running(EmbeddedDatabase database, MailSink mail, PayaraMicroProcess micro)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            closeAll(micro, mail, database);
        }
    }
}
