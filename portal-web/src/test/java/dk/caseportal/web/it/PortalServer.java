package dk.caseportal.web.it;

import dk.caseportal.launcher.EmbeddedDatabase;
import dk.caseportal.launcher.PayaraMicroProcess;
import dk.caseportal.launcher.Ports;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real portal once for all web tests of this module: a throw-away embedded PostgreSQL
 * and Payara Micro running the built WAR with demo data, exactly as the run command does. Stopped
 * when the test JVM's root context closes.
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

    private static Running start() {
        try {
            Path war = Path.of(System.getProperty("portal.war"));
            Path microJar = Path.of(System.getProperty("payara.microJar"));
            Path logDir = Files.createDirectories(Path.of(System.getProperty("portal.testLogDir", "target/it-logs")));
            EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
            PayaraMicroProcess micro = PayaraMicroProcess.start(microJar, war, Ports.freePort(), Map.of(
                            "portal.db.url", database.jdbcUrl(),
                            "portal.db.user", database.user(),
                            "portal.db.password", database.password(),
                            "portal.demo-data", "true"),
                    Files.createTempDirectory("portal-micro"), logDir.resolve("payara-micro.log"));
            running = new Running(database, micro);
            micro.awaitReady(Duration.ofMinutes(4));
            return running;
        } catch (Exception e) {
            if (running != null) {
                running.close();
            }
            throw new IllegalStateException("The portal did not start: " + e.getMessage(), e);
        }
    }

    private record Running(EmbeddedDatabase database, PayaraMicroProcess micro)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            try {
                micro.close();
            } finally {
                database.close();
            }
        }
    }
}
