package dk.caseportal.web.it;

import dk.caseportal.launcher.EmbeddedDatabase;
import dk.caseportal.launcher.MailSink;
import dk.caseportal.launcher.PayaraMicroProcess;
import dk.caseportal.launcher.Ports;
import dk.caseportal.testing.FakeClamd;
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
 * a mail sink and Payara Micro running the built WAR with demo data, as the run command does, and
 * a fake ClamAV daemon that scans every uploaded file (it finds the EICAR test string).
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

    /** The virus scanner the portal asks. */
    public static FakeClamd clamd() {
        return running.clamd();
    }

    private static Running start() {
        MailSink mail = null;
        EmbeddedDatabase database = null;
        FakeClamd clamd = null;
        try {
            Path war = Path.of(System.getProperty("portal.war"));
            Path microJar = Path.of(System.getProperty("payara.microJar"));
            Path logDir = Files.createDirectories(Path.of(System.getProperty("portal.testLogDir", "target/it-logs")));
            database = EmbeddedDatabase.startTemporary();
            mail = MailSink.start(0, 0, 0);
            clamd = new FakeClamd();
            int port = Ports.freePort();
            PayaraMicroProcess micro = PayaraMicroProcess.start(microJar, war, port, Map.ofEntries(
                            Map.entry("portal.db.url", database.jdbcUrl()),
                            Map.entry("portal.db.user", database.user()),
                            Map.entry("portal.db.password", database.password()),
                            Map.entry("portal.demo-data", "true"),
                            Map.entry("portal.mail.smtp.host", "127.0.0.1"),
                            Map.entry("portal.mail.smtp.port", Integer.toString(mail.smtpPort())),
                            Map.entry("portal.mail.dispatch-interval-seconds", "1"),
                            Map.entry("portal.mail.replies.imap.host", "127.0.0.1"),
                            Map.entry("portal.mail.replies.imap.port", Integer.toString(mail.imapPort())),
                            Map.entry("portal.mail.replies.imap.username", MailSink.REPLIES),
                            Map.entry("portal.mail.replies.imap.password", "replies"),
                            Map.entry("portal.mail.replies.poll-interval-seconds", "1"),
                            Map.entry("portal.public-base-url", "http://localhost:" + port + "/"),
                            // Room for the 100 MB upload of FilesIT (the heap is 512 MB).
                            Map.entry("portal.attachments.max-file-size-mb", "120"),
                            Map.entry("portal.attachments.clamav.host", "127.0.0.1"),
                            Map.entry("portal.attachments.clamav.port", Integer.toString(clamd.port())),
                            Map.entry("portal.attachments.clamav.read-timeout-seconds", "2"),
                            Map.entry("portal.attachments.scan-interval-seconds", "1")),
                    Files.createTempDirectory("portal-micro"), logDir.resolve("payara-micro.log"));
            running = new Running(database, mail, clamd, micro);
            micro.awaitReady(Duration.ofMinutes(4));
            return running;
        } catch (Exception e) {
            if (running != null) {
                running.close();
            } else {
                closeAll(clamd, mail, database);
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

    private record Running(EmbeddedDatabase database, MailSink mail, FakeClamd clamd, PayaraMicroProcess micro)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            closeAll(micro, clamd, mail, database);
        }
    }
}
