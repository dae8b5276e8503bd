package dk.caseportal.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the portal on this machine, for {@code ./run.sh}: the embedded PostgreSQL (unless
 * PORTAL_DB_URL names another database), the mail sink and Payara Micro with the portal's WAR.
 * Ctrl-C or SIGTERM stops them again, in reverse order. See {@link LauncherSettings} for the
 * environment variables.
 */
public final class PortalLauncher {

    private static final Logger LOG = Logger.getLogger(PortalLauncher.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final LauncherSettings settings;
    private final PrintStream console;
    /** Held while a service starts or while all stop, so a shutdown never misses one. */
    private final Object lifecycle = new Object();
    private final Deque<RunningService> running = new ArrayDeque<>();
    private volatile boolean stopping;

    PortalLauncher(LauncherSettings settings, PrintStream console) {
        this.settings = settings;
        this.console = console;
    }

    public static void main(String[] args) {
        LauncherSettings settings;
        try {
            settings = LauncherSettings.from(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LauncherLogging.configure(settings.launcherLog());
        PortalLauncher launcher = new PortalLauncher(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "portal-launcher-shutdown"));
        int exitCode = launcher.run();
        if (!launcher.stopping || exitCode != 0) {
            System.exit(exitCode);
        }
        // Otherwise the shutdown hook is stopping everything and the JVM ends when it is done.
    }

    /** Starts everything, waits until Payara Micro ends; returns the exit code. */
    int run() {
        try {
            PayaraMicroProcess payara = startAll();
            int exitCode = payara.waitFor();
            if (stopping) {
                return 0;
            }
            System.err.println("Payara Micro stopped unexpectedly (exit code " + exitCode + "). Its log: "
                    + settings.portalLog());
            stop();
            return 1;
        } catch (StoppingException | InterruptedException e) {
            return 0;
        } catch (RuntimeException | IOException e) {
            if (stopping) {
                // Ctrl-C during start-up makes the starting service fail; that is no error.
                return 0;
            }
            boolean stoppedSomething = stop();
            reportStartupFailure(e, stoppedSomething);
            return 1;
        }
    }

    private PayaraMicroProcess startAll() throws IOException {
        requireFreePorts();
        Map<String, String> properties = new LinkedHashMap<>();
        if (settings.databaseUrl().isPresent()) {
            console.println("Using the database at " + settings.databaseUrl().get());
            properties.put("portal.db.url", settings.databaseUrl().get());
            settings.databaseUser().ifPresent(user -> properties.put("portal.db.user", user));
            settings.databasePassword().ifPresent(password -> properties.put("portal.db.password", password));
        } else {
            console.println("Starting database (" + settings.postgresDirectory() + ")...");
            EmbeddedDatabase database = startService("the database",
                    () -> EmbeddedDatabase.start(settings.postgresDirectory(), 0));
            properties.put("portal.db.url", database.jdbcUrl());
            properties.put("portal.db.user", database.user());
            properties.put("portal.db.password", database.password());
        }

        console.println("Starting mail sink...");
        MailSink mail = startService("the mail sink",
                () -> MailSink.start(settings.smtpPort(), settings.imapPort(), settings.mailApiPort()));
        console.println("Mail sink: SMTP localhost:" + mail.smtpPort() + ", messages at "
                + mail.apiUrl() + "user/{email}/messages/INBOX; replies to " + MailSink.REPLIES
                + " become posts");
        properties.put("portal.mail.smtp.host", "localhost");
        properties.put("portal.mail.smtp.port", Integer.toString(mail.smtpPort()));
        // Replies to the portal's mails go to this mailbox of the sink, which the portal reads.
        properties.put("portal.mail.replies.imap.host", "localhost");
        properties.put("portal.mail.replies.imap.port", Integer.toString(mail.imapPort()));
        properties.put("portal.mail.replies.imap.username", MailSink.REPLIES);
        properties.put("portal.mail.replies.imap.password", "replies");
        properties.put("portal.mail.replies.poll-interval-seconds", "5");
        properties.put("portal.demo-data", "true");
        properties.put("portal.public-base-url", "http://localhost:" + settings.httpPort() + "/");

        console.println("Starting Payara Micro (log: " + settings.portalLog() + ")...");
        PayaraMicroProcess payara = startService("Payara Micro", () -> PayaraMicroProcess
                .builder(settings.microJar(), settings.war()).httpPort(settings.httpPort()).systemProperties(properties)
                .workDir(settings.payaraDirectory()).logFile(settings.portalLog())
                .accessLog(settings.accessLogDirectory()).start());
        payara.awaitReady(READY_TIMEOUT);
        if (settings.generateCases() > 0) {
            console.println("Generating test data up to " + settings.generateCases() + " cases (once)...");
            try {
                int added = CaseDataGenerator.generate(properties.get("portal.db.url"),
                        properties.get("portal.db.user"), properties.get("portal.db.password"),
                        settings.generateCases());
                console.println(added == 0 ? "The database has the cases already." : "Generated " + added + " cases.");
                String conversation = ConversationGenerator.generate(properties.get("portal.db.url"),
                        properties.get("portal.db.user"), properties.get("portal.db.password"));
                console.println("Case " + conversation + " has " + ConversationGenerator.ENTRIES
                        + " feed entries (the case page's benchmark).");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not generate the test data: " + e.getMessage(), e);
            }
        }

        console.println("Portal ready at " + payara.baseUri());
        console.print(demoLogins());
        console.flush();
        return payara;
    }

    /**
     * Stops what was started, newest first: Payara Micro, the mail sink, the database.
     *
     * @return whether anything was running
     */
    boolean stop() {
        stopping = true;
        synchronized (lifecycle) {
            if (running.isEmpty()) {
                return false;
            }
            console.println("Stopping the portal...");
            while (!running.isEmpty()) {
                RunningService service = running.pop();
                try {
                    service.instance().close();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Could not stop " + service.name(), e);
                }
            }
            console.println("Stopped.");
            return true;
        }
    }

    private <T extends AutoCloseable> T startService(String name, Callable<T> start) throws IOException {
        synchronized (lifecycle) {
            if (stopping) {
                throw new StoppingException();
            }
            try {
                T service = start.call();
                running.push(new RunningService(name, service));
                return service;
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Could not start " + name, e);
            }
        }
    }

    private void requireFreePorts() {
        requireFreePort(settings.httpPort(), "PORTAL_PORT");
        requireFreePort(settings.smtpPort(), "PORTAL_MAIL_SMTP_PORT");
        requireFreePort(settings.imapPort(), "PORTAL_MAIL_IMAP_PORT");
        requireFreePort(settings.mailApiPort(), "PORTAL_MAIL_API_PORT");
    }

    private static void requireFreePort(int port, String variable) {
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("Port " + port + " is already in use, perhaps by another run of the"
                    + " portal. Stop that, or choose another port with " + variable + "=...");
        }
    }

    private void reportStartupFailure(Exception e, boolean stoppedSomething) {
        String reason = e instanceof PayaraMicroStartupException startup ? startup.reason() : messages(e);
        System.err.println();
        System.err.println("The portal could not start: " + reason
                + (stoppedSomething ? " What had been started has been stopped again." : "")
                + " Logs: " + settings.portalLog() + " (Payara Micro and the application), "
                + settings.launcherLog() + " (database and mail sink).");
        if (!isExpected(e)) {
            LOG.log(Level.SEVERE, "Unexpected error while starting the portal", e);
        }
    }

    /** Failures whose message says it all: a stack trace would only bury it. */
    private static boolean isExpected(Exception e) {
        return e instanceof PayaraMicroStartupException || e instanceof IllegalStateException
                || e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException;
    }

    /** The message of an exception and its causes, which for library errors often hold the point. */
    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString().endsWith(".") ? text.toString() : text + ".";
    }

    static String demoLogins() {
        try (InputStream in = PortalLauncher.class.getResourceAsStream("demo-logins.txt")) {
            if (in == null) {
                throw new IllegalStateException("demo-logins.txt is missing from the launcher jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record RunningService(String name, AutoCloseable instance) {
    }

    /** A start was refused because the launcher is shutting down. */
    private static final class StoppingException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
