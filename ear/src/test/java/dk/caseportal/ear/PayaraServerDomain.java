package dk.caseportal.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A throw-away Payara Server domain of its own, driven through {@code asadmin}: created on a free
 * port base (so it collides with nothing else on the machine), bound to the loopback interface,
 * started, configured, given an application and stopped again.
 *
 * <p>Every asadmin command's output goes to a file of its own in the work directory (never to a
 * pipe: {@code start-domain} leaves a server process behind that would keep a pipe open).
 */
final class PayaraServerDomain {

    /** {@code create-domain --portbase N}: the admin listener is N+48, HTTP N+80 (see its output). */
    private static final int ADMIN_OFFSET = 48;
    private static final int HTTP_OFFSET = 80;
    /** Every port a domain created with a port base uses lies in [base, base + 100). */
    private static final int PORTS_PER_BASE = 100;
    /** Below Linux' ephemeral range (32768+), so outgoing connections do not take our ports meanwhile. */
    private static final int LOWEST_BASE = 20_000;
    private static final int HIGHEST_BASE = 32_000;

    private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final Path asadmin;
    private final Path domainsDirectory;
    private final String name;
    private final Path workDirectory;
    private final AtomicInteger commandCount = new AtomicInteger();
    private int portBase = -1;
    private Thread shutdownHook;

    PayaraServerDomain(Path payaraHome, Path workDirectory, String name) {
        this.asadmin = payaraHome.resolve("bin/asadmin");
        this.domainsDirectory = workDirectory.resolve("domains");
        this.workDirectory = workDirectory;
        this.name = name;
        if (!Files.isRegularFile(asadmin)) {
            throw new IllegalStateException(asadmin + " does not exist: is the Payara Server zip unpacked"
                    + " (maven-dependency-plugin, pre-integration-test)?");
        }
        // The zip may lose the executable bits on the way; both scripts are needed.
        asadmin.toFile().setExecutable(true);
        payaraHome.resolve("glassfish/bin/asadmin").toFile().setExecutable(true);
    }

    int adminPort() {
        return portBase + ADMIN_OFFSET;
    }

    int httpPort() {
        return portBase + HTTP_OFFSET;
    }

    Path domainDirectory() {
        return domainsDirectory.resolve(name);
    }

    Path serverLog() {
        return domainDirectory().resolve("logs/server.log");
    }

    /**
     * Creates the domain on a free port base. A domain of the same name left over from an earlier
     * run (one that was killed) is stopped and deleted first.
     */
    void create() throws IOException, InterruptedException {
        removeLeftOver();
        Files.createDirectories(domainsDirectory);
        AsadminResult last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            portBase = freePortBase();
            last = asadmin(CREATE_TIMEOUT, "create-domain", "--nopassword", "--portbase", String.valueOf(portBase),
                    "--domaindir", domainsDirectory.toString(), name);
            if (last.succeeded()) {
                return;
            }
            // Another process may have taken one of the ports between our check and asadmin's.
            deleteRecursively(domainDirectory());
        }
        throw new IllegalStateException("asadmin create-domain failed: " + last);
    }

    /**
     * Makes the domain listen on 127.0.0.1 only (HTTP, HTTPS, admin, IIOP, JMX): the admin
     * interface of a test domain has no password. Edits domain.xml, so it must run before {@link #start()}.
     */
    void bindToLoopback() throws IOException {
        Path domainXml = domainDirectory().resolve("config/domain.xml");
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        String loopback = xml
                .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                // Listeners without an address listen on every interface.
                .replaceAll("<network-listener (?![^>]*\\baddress=)", "<network-listener address=\"127.0.0.1\" ");
        Files.writeString(domainXml, loopback, StandardCharsets.UTF_8);
    }

    void start() throws IOException, InterruptedException {
        AsadminResult result = asadmin(START_TIMEOUT, "start-domain", "--domaindir", domainsDirectory.toString(), name);
        // Even a failed start may have left a server process behind: never outlive the test JVM
        // (Ctrl-C, a Failsafe timeout) with it; stop() ends it properly before.
        serverProcess().ifPresent(server -> {
            Thread killer = new Thread(server::destroyForcibly, "stop " + name);
            Runtime.getRuntime().addShutdownHook(killer);
            shutdownHook = killer;
        });
        result.orFail("start-domain");
    }

    /**
     * Sets system properties of the server (configuration {@code server}); they take effect at
     * once, no restart needed. Colons separate properties in asadmin, so they are escaped.
     */
    void createSystemProperties(Map<String, String> properties) throws IOException, InterruptedException {
        String joined = properties.entrySet().stream()
                .map(property -> escape(property.getKey()) + "=" + escape(property.getValue()))
                .collect(Collectors.joining(":"));
        remote(COMMAND_TIMEOUT, "create-system-properties", joined).orFail("create-system-properties");
    }

    AsadminResult deploy(Path archive, String applicationName) throws IOException, InterruptedException {
        return remote(DEPLOY_TIMEOUT, "deploy", "--name", applicationName, archive.toAbsolutePath().toString());
    }

    /** Stops the server; kills its process (by the id in the domain's pid file) if that fails. */
    void stop() throws IOException, InterruptedException {
        if (shutdownHook != null) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            shutdownHook = null;
        }
        Optional<ProcessHandle> server = serverProcess();
        if (server.isEmpty()) {
            return;
        }
        AsadminResult result = asadmin(STOP_TIMEOUT, "stop-domain", "--domaindir", domainsDirectory.toString(), name);
        if (result.succeeded() && exited(server.get(), Duration.ofSeconds(20))) {
            return;
        }
        System.err.println("stop-domain did not stop the server, killing process " + server.get().pid() + ": " + result);
        server.get().destroyForcibly();
        if (!exited(server.get(), Duration.ofSeconds(30))) {
            System.err.println("Process " + server.get().pid() + " did not end");
        }
    }

    private static boolean exited(ProcessHandle process, Duration timeout) throws InterruptedException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return !process.isAlive();
        }
    }

    /** The last lines of server.log, for failure reports. */
    String serverLogTail(int lines) {
        Path log = serverLog();
        if (!Files.isRegularFile(log)) {
            return "(no " + log + ")";
        }
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    private Optional<ProcessHandle> serverProcess() throws IOException {
        Path pidFile = domainDirectory().resolve("config/pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // Only this domain's server, never a process that happens to reuse a stale pid.
            String domainPath = domainDirectory().toString();
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().map(line -> line.contains(domainPath)).orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void removeLeftOver() throws IOException, InterruptedException {
        if (Files.isDirectory(domainDirectory())) {
            stop();
            deleteRecursively(domainDirectory());
        }
    }

    private AsadminResult remote(Duration timeout, String subcommand, String... arguments)
            throws IOException, InterruptedException {
        List<String> options = List.of("--host", "localhost", "--port", String.valueOf(adminPort()));
        return run(timeout, options, subcommand, arguments);
    }

    private AsadminResult asadmin(Duration timeout, String subcommand, String... arguments)
            throws IOException, InterruptedException {
        return run(timeout, List.of(), subcommand, arguments);
    }

    private AsadminResult run(Duration timeout, List<String> options, String subcommand, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(asadmin.toString(), "--interactive=false"));
        command.addAll(options);
        command.add(subcommand);
        command.addAll(List.of(arguments));
        Path output = workDirectory.resolve(String.format("asadmin-%02d-%s.log", commandCount.incrementAndGet(), subcommand));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        // The server runs on the JDK that runs the test (Payara Server 6 supports 11, 17 and 21).
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            // Only asadmin itself: a server that start-domain launched is stopped by stop().
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String text = Files.readString(output, StandardCharsets.UTF_8);
        System.out.printf("asadmin %s: %s in %d s%n", subcommand,
                !finished ? "TIMED OUT" : process.exitValue() == 0 ? "ok" : "exit " + process.exitValue(), seconds);
        return new AsadminResult(String.join(" ", command), finished ? process.exitValue() : -1, !finished, text.strip());
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** asadmin property syntax: name=value pairs separated by colons; a backslash escapes. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    private static int freePortBase() {
        int choices = (HIGHEST_BASE - LOWEST_BASE) / PORTS_PER_BASE;
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = LOWEST_BASE + ThreadLocalRandom.current().nextInt(choices) * PORTS_PER_BASE;
            if (allFree(base, base + PORTS_PER_BASE)) {
                return base;
            }
        }
        throw new IllegalStateException("No free block of " + PORTS_PER_BASE + " ports between "
                + LOWEST_BASE + " and " + (HIGHEST_BASE + PORTS_PER_BASE));
    }

    private static boolean allFree(int from, int to) {
        for (int port = from; port < to; port++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            } catch (IOException inUse) {
                return false;
            }
        }
        return true;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** What an asadmin command did. */
    record AsadminResult(String command, int exitCode, boolean timedOut, String output) {

        boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        AsadminResult orFail(String what) {
            if (!succeeded()) {
                throw new IllegalStateException("asadmin " + what + " failed: " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return command + " -> " + (timedOut ? "timed out" : "exit " + exitCode) + System.lineSeparator() + output;
        }
    }
}
