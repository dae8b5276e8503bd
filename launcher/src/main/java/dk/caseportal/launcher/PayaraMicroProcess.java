package dk.caseportal.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Payara Micro running the portal's WAR in a child JVM, with its output in a log file.
 *
 * <p>A child process rather than Payara Micro's embedded API: its classes stay out of the
 * caller's class path, and stopping it is a signal, like in production.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraMicroProcess.class.getName());

    static final String READINESS_PATH = "health/ready";
    private static final int LOG_LINES_IN_ERRORS = 40;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /**
     * What Payara writes when the deployment fails. It then keeps running (and even logs that it
     * is ready), so without this a broken WAR would only be noticed when the timeout passes.
     */
    private static final List<String> DEPLOYMENT_FAILURES = List.of(
            "Exception while loading the app",
            "Exception while deploying the app");

    private final Process process;
    private final int port;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PayaraMicroProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts Payara Micro deploying {@code war} at context root {@code /}; returns at once, see
     * {@link #awaitReady(Duration)}.
     *
     * @param httpPort         0 for a free port
     * @param systemProperties the application's configuration (MicroProfile Config reads them)
     * @param workDir          for Payara Micro's files; its root directory in there is new on every start
     * @param logFile          receives Payara Micro's output; replaced on every start
     */
    public static PayaraMicroProcess start(Path microJar, Path war, int httpPort, Map<String, String> systemProperties,
                                           Path workDir, Path logFile) {
        return builder(microJar, war).httpPort(httpPort).systemProperties(systemProperties)
                .workDir(workDir).logFile(logFile).start();
    }

    public static Builder builder(Path microJar, Path war) {
        return new Builder(microJar, war);
    }

    /** Runs any command as if it were Payara Micro; lets tests use a stand-in. */
    static PayaraMicroProcess launch(List<String> command, int httpPort, Path logFile) {
        try {
            Path logDirectory = logFile.toAbsolutePath().getParent();
            if (logDirectory != null) {
                Files.createDirectories(logDirectory);
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            // Nothing is ever typed into it.
            process.getOutputStream().close();
            LOG.fine(() -> "Started " + String.join(" ", command) + " as process " + process.pid());
            return new PayaraMicroProcess(process, httpPort, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(0), e);
        }
    }

    /**
     * Waits until {@code /health/ready} answers 200 with at least one of the application's checks.
     * Payara Micro logs that it is ready even when the deployment failed, and while the
     * application is still deploying it answers {@code {"status":"UP","checks":[]}}: only the
     * application's own readiness answer counts.
     *
     * @throws PayaraMicroStartupException if the process exits, the deployment fails or the
     *                                     timeout passes; the message ends with the log's last lines
     */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve(READINESS_PATH))
                .timeout(Duration.ofSeconds(5)).GET().build();
        String lastAnswer = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                throw failure("Payara Micro exited with code " + process.exitValue() + " before it was ready.");
            }
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && hasApplicationChecks(answer.body())) {
                    return;
                }
                lastAnswer = "HTTP " + answer.statusCode() + " " + answer.body();
            } catch (ConnectException e) {
                lastAnswer = "connection refused";
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("Interrupted while waiting for Payara Micro.");
            }
            DEPLOYMENT_FAILURES.stream().filter(marker -> LogTail.contains(logFile, marker)).findFirst()
                    .ifPresent(marker -> {
                        throw failure("Payara Micro could not deploy the application (log: \"" + marker + "\").");
                    });
            if (Instant.now().isAfter(deadline)) {
                requestThreadDump();
                throw failure("Payara Micro was not ready after " + timeout.toSeconds() + " s (" + baseUri()
                        + READINESS_PATH + ": " + lastAnswer + ").");
            }
            sleep(POLL_INTERVAL);
        }
    }

    /**
     * Asks the JVM for a thread dump (SIGQUIT), which it writes to its output, our log file: when
     * the readiness answer never comes, the log then shows where the server is stuck.
     */
    private void requestThreadDump() {
        try {
            new ProcessBuilder("kill", "-3", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            Thread.sleep(1000);
        } catch (IOException e) {
            LOG.fine(() -> "No thread dump: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Payara's own answer before any application registered a check has an empty list. */
    static boolean hasApplicationChecks(String body) {
        return body != null && body.replace(" ", "").contains("\"checks\":[{");
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:PORT/} */
    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end and returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Asks Payara Micro to shut down (SIGTERM); kills it if it has not stopped after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warning(() -> "Payara Micro (process " + process.pid() + ") did not stop within "
                        + STOP_TIMEOUT.toSeconds() + " s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private PayaraMicroStartupException failure(String what) {
        return new PayaraMicroStartupException(what, LogTail.lastLines(logFile, LOG_LINES_IN_ERRORS), logFile);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
        }
    }

    /** Options beyond {@link #start}'s: extra JVM arguments, another Java. */
    public static final class Builder {

        private final Path microJar;
        private final Path war;
        private int httpPort;
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final List<String> jvmArgs = new ArrayList<>();
        private Path workDir;
        private Path logFile;
        private Path accessLogDirectory;
        private Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");

        private Builder(Path microJar, Path war) {
            this.microJar = Objects.requireNonNull(microJar, "microJar");
            this.war = Objects.requireNonNull(war, "war");
        }

        /** 0 (the default) for a free port. */
        public Builder httpPort(int httpPort) {
            this.httpPort = httpPort;
            return this;
        }

        public Builder systemProperties(Map<String, String> properties) {
            systemProperties.putAll(properties);
            return this;
        }

        public Builder systemProperty(String key, String value) {
            systemProperties.put(key, value);
            return this;
        }

        /** Added after {@code -Xmx512m} and the JIT setting, e.g. a debug agent or a larger heap. */
        public Builder jvmArgs(List<String> args) {
            jvmArgs.addAll(args);
            return this;
        }

        /** Default: a new temporary directory. */
        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        /** Default: no access log. */
        public Builder accessLog(Path directory) {
            this.accessLogDirectory = directory;
            return this;
        }

        /** Default: {@code payara-micro.log} in the work directory. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** Default: the {@code java} of the running JVM. */
        public Builder javaExecutable(Path javaExecutable) {
            this.javaExecutable = javaExecutable;
            return this;
        }

        public PayaraMicroProcess start() {
            requireFile(microJar, "Payara Micro jar");
            requireFile(war, "WAR");
            try {
                Path dir = workDir != null ? workDir : Files.createTempDirectory("payara-micro-");
                Path log = logFile != null ? logFile : dir.resolve("payara-micro.log");
                int port = httpPort == 0 ? Ports.freePort() : httpPort;
                List<String> command = PayaraMicroCommand.prepare(javaExecutable, microJar, war, port,
                        systemProperties, jvmArgs, dir, accessLogDirectory);
                return launch(command, port, log);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a work directory for Payara Micro", e);
            }
        }

        private static void requireFile(Path file, String what) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("The " + what + " does not exist: " + file.toAbsolutePath());
            }
        }
    }
}
